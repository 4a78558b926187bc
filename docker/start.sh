#!/bin/sh
# Starts Course Tracker with the JVM settings measured for a quick start (docs/performance.md,
# "Start and footprint"). The image runs it; outside the image:  docker/start.sh target/quarkus-app
#
# - A class-data archive of this exact build (JDK 17 dynamic CDS): the first start records the classes
#   it loads and writes the archive when it stops; later starts map it instead of loading and
#   verifying some 20,000 classes again. The archive's name carries a checksum of the jars, the JVM
#   and JAVA_OPTS, so a new build or JVM never uses a stale one (older archives are removed). A
#   missing, cut-short or since-changed archive only costs start time: the start records it again.
# - C2 compilation later than the JVM's default (Tier4 thresholds 10x), so that on 2 cores the
#   optimising compiler does not take the start's CPU; hot code still reaches C2 within seconds of use.
#
# Environment (all optional):
#   JAVA_OPTS          heap and other JVM options (default -Xmx512m); part of the archive's checksum
#   TRACKER_CDS_DIR    where the archive lives (default APP_DIR/cds; must be writable)
#   TRACKER_CDS        "off" starts without an archive
#   TRACKER_JIT_OPTS   the compilation options; set it empty to use the JVM's defaults
#   TRACKER_INSTANCE_NAME  instances sharing one APP_DIR on a host each keep their own archive (set it
#                      for each; an unnamed instance keeps one archive for all unnamed starts)
#
# Writing the archive takes some 5 s after the app has stopped (about 80 MB): allow 30 s for a stop
# (compose: stop_grace_period). A stop cut short only means the next start records again.
set -eu
instance_of() { # .../course-tracker-KEY[-NAME].jsa[.recording|.size] -> "-NAME", or nothing
  rest=${1##*/course-tracker-}
  rest=${rest%%.jsa*}
  case $rest in *-*) echo "-${rest#*-}" ;; *) echo "" ;; esac
}
fingerprint() { stat -c '%s %Y' "$1"; } # size and modification time of a checked archive
app=${1:-$(dirname "$0")/..}
[ -f "$app/quarkus-run.jar" ] || { echo "start.sh: no quarkus-run.jar in $app (give the quarkus-app folder)" >&2; exit 2; }
java_opts=${JAVA_OPTS:--Xmx512m}
jit_opts=${TRACKER_JIT_OPTS--XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000}
cds_opts=""
if [ "${TRACKER_CDS:-on}" != "off" ]; then
  cds_dir=${TRACKER_CDS_DIR:-$app/cds}
  mkdir -p "$cds_dir" 2>/dev/null || true
  if [ -w "$cds_dir" ]; then
    java_bin=$(readlink -f "$(command -v java)")
    key=$( { ls -lL --time-style=+%s "$java_bin" "$app/quarkus-run.jar" "$app"/lib/*/* "$app"/app/* "$app"/quarkus/*
             echo "$java_opts $jit_opts"; } 2>/dev/null | cksum | cut -d' ' -f1)
    suffix=${TRACKER_INSTANCE_NAME:+-$TRACKER_INSTANCE_NAME}
    archive="$cds_dir/course-tracker-$key$suffix.jsa"
    recording="$archive.recording"
    # A recording is the archive a first start wrote when it stopped. It is used only once this JVM
    # has mapped it and checked every region's checksum (a stop cut short leaves a partial file, and a
    # damaged archive crashes the JVM). The size and time of the checked file are kept beside it: a file
    # changed since (written over, cut short) is not mapped, and is recorded again.
    if [ ! -s "$archive" ] && [ -s "$recording" ]; then
      # shellcheck disable=SC2086
      if java $java_opts $jit_opts -XX:SharedArchiveFile="$recording" -Xshare:on -XX:+VerifySharedSpaces \
          -XX:ErrorFile=/dev/null -cp "$app/quarkus-run.jar" -version > /dev/null 2>&1; then
        mv -f "$recording" "$archive" && fingerprint "$archive" > "$archive.size"
      else
        echo "start.sh: the recorded class-data archive is incomplete: recording it again" >&2
        rm -f "$recording"
      fi
    fi
    if [ -s "$archive" ] && [ "$(fingerprint "$archive")" = "$(cat "$archive.size" 2>/dev/null)" ]; then
      cds_opts="-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
    else
      # This instance's archives of other builds go; other instances' archives stay.
      for old in "$cds_dir"/course-tracker-*; do
        if [ -e "$old" ] && [ "$(instance_of "$old")" = "$suffix" ]; then rm -f "$old"; fi
      done
      cds_opts="-XX:ArchiveClassesAtExit=$recording -Xlog:cds=off -Xlog:cds+dynamic=off -Dtracker.cds.recording=true"
    fi
  else
    echo "start.sh: $cds_dir is not writable: starting without a class-data archive" >&2
  fi
fi
# shellcheck disable=SC2086 # the option lists are word lists
exec java $java_opts $jit_opts $cds_opts -jar "$app/quarkus-run.jar"
