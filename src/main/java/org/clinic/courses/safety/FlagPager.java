package org.clinic.courses.safety;

/** Where the review queue's page stands: its number, how many pages the filter fills, links to the neighbours. */
public record FlagPager(int page, int pages, String previous, String next) {
    static final FlagPager NONE = new FlagPager(1, 1, null, null);

    /** A page past the last one is the last one. */
    static FlagPager of(FlagPageQuery query, long total, int pageSize) {
        int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize));
        int page = Math.min(query.pageNumber(), pages);
        return new FlagPager(page, pages, page > 1 ? link(query.atPage(page - 1)) : null,
                page < pages ? link(query.atPage(page + 1)) : null);
    }

    private static String link(FlagPageQuery q) {
        String qs = q.queryString();
        return "/flags" + (qs.isEmpty() ? "" : "?" + qs);
    }

    public boolean several() {
        return pages > 1;
    }
}
