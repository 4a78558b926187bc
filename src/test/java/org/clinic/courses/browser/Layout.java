package org.clinic.courses.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

/** What a person's eye and finger meet on the page as laid out: sideways scroll, tap target sizes, errors tied to fields. */
final class Layout {
    /** A short name of an element for a failure message: tag, id or class, and its text or name. */
    private static final String DESCRIBE = """
            const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''))
                + ' "' + (el.innerText || el.value || el.name || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
            """;

    private Layout() {
    }

    /** Null when the page fits the window; else how wide it is and what sticks out. */
    static String overflow(WebDriver driver) {
        return (String) js(driver).executeScript(DESCRIBE + """
                const inner = window.innerWidth, wide = document.documentElement.scrollWidth;
                if (wide <= inner) return null;
                const out = [...document.querySelectorAll('body *')].filter(el => el.getBoundingClientRect().right > inner + 1
                    && el.checkVisibility()).slice(-3).map(describe);
                return 'scrollWidth ' + wide + ' > innerWidth ' + inner + ': ' + out.join(', ');
                """);
    }

    /**
     * Visible links, buttons, summaries and fields smaller than 44×44 px; a checkbox or radio is measured
     * by its label, which is what the finger taps. Elements moved off screen (the skip link) do not count.
     */
    @SuppressWarnings("unchecked")
    static List<String> smallTargets(WebDriver driver) {
        return new ArrayList<>((List<String>) js(driver).executeScript(DESCRIBE + """
                const small = [];
                for (const el of document.querySelectorAll('a[href], button, summary, input:not([type=hidden]), select, textarea')) {
                  if (!el.checkVisibility({visibilityProperty: true})) continue;
                  let r = el.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || r.right < 0 || r.bottom < 0) continue;
                  if ((el.type === 'checkbox' || el.type === 'radio') && el.labels && el.labels.length) r = el.labels[0].getBoundingClientRect();
                  if (r.width < 44 || r.height < 44) small.push(describe(el) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                }
                return small;
                """));
    }

    /**
     * Each field marked invalid names an existing error text in aria-describedby, and each error text
     * shown is named by a field (or its fieldset): a screen reader reads the message with the field.
     */
    @SuppressWarnings("unchecked")
    static List<String> untiedErrors(WebDriver driver) {
        return new ArrayList<>((List<String>) js(driver).executeScript(DESCRIBE + """
                const problems = [], described = new Set();
                for (const el of document.querySelectorAll('[aria-describedby]'))
                  el.getAttribute('aria-describedby').split(/\\s+/).forEach(id => described.add(id));
                for (const el of document.querySelectorAll('[aria-invalid=true]')) {
                  const ids = (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
                  if (!ids.some(id => { const e = document.getElementById(id); return e && e.classList.contains('field-error'); }))
                    problems.push(describe(el) + ' is invalid but names no error text');
                }
                for (const e of document.querySelectorAll('.field-error')) {
                  if (!e.id || !described.has(e.id)) problems.push('error "' + e.innerText.trim().slice(0, 60) + '" is tied to no field');
                }
                return problems;
                """));
    }

    /**
     * Fields whose border has less than 3:1 contrast with what is behind the field (WCAG 1.4.11): a
     * nurse must see where to tap. The background is the nearest ancestor's that is not transparent.
     */
    @SuppressWarnings("unchecked")
    static List<String> faintBorders(WebDriver driver) {
        return new ArrayList<>((List<String>) js(driver).executeScript(DESCRIBE + """
                const rgb = c => c.match(/[\\d.]+/g).map(Number);
                const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
                const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
                const behind = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                  const c = getComputedStyle(p).backgroundColor, v = rgb(c); if (v.length < 4 || v[3] > 0) return v.slice(0, 3); }
                  return [255, 255, 255]; };
                const faint = [];
                for (const el of document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea')) {
                  if (!el.checkVisibility()) continue;
                  const st = getComputedStyle(el), border = rgb(st.borderTopColor).slice(0, 3);
                  if (parseFloat(st.borderTopWidth) === 0) { faint.push(describe(el) + ' has no border'); continue; }
                  const r = ratio(border, behind(el));
                  if (r < 3) faint.push(describe(el) + ' border ' + st.borderTopColor + ' at ' + r.toFixed(2) + ':1');
                }
                return faint;
                """));
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
