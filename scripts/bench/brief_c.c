/*
 * A copy of ../shared/bench/c/brief_c.c (the shared C floor) with the font
 * family and the language as parameters, so that the Chinese and Arabic
 * variants of the workload (gen_brief_lang.py) have a floor set in the same
 * fonts as Dossier's output: the shared program hard-codes DejaVu Serif,
 * which has no CJK glyphs and would leave the text to fontconfig's fallback.
 * Without --font and --lang it renders exactly as the shared program.
 *
 * brief_c -- the "floor": the brief workload rendered with pango-cairo
 * directly (cairo PDF surface, one PangoLayout per paragraph / table cell,
 * greedy pagination, table rows kept whole, header row repeated, footer
 * "Page X of Y").
 *
 * Usage: brief_c [--keep] [--font FAMILY] [--lang TAG] IN.json OUT.pdf
 *   --font FAMILY  family of every text, Book and Bold (default "DejaVu Serif")
 *   --lang TAG     language of the text (BCP 47, e.g. zh, ar): Pango picks the
 *                  glyph forms and the line breaking rules for it.  Arabic
 *                  paragraphs are right-to-left by Pango's auto direction, and
 *                  their lines are then right-aligned in the text block or cell.
 *
 * Pass 1 lays out every block with Pango (shaping + line breaking) and
 * paginates, recording only small draw operations (page, y, what).
 * The page total is then known.  Pass 2 creates the PDF and draws.
 *   default ("two-pass"): layouts are freed after measuring and rebuilt in
 *                         pass 2 (every text is shaped twice, memory stays
 *                         bounded by one page).
 *   --keep:               layouts from pass 1 are kept and drawn in pass 2
 *                         (every text shaped once, all layouts in memory).
 *
 * See ../WORKLOAD.md for the layout specification.
 */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Minimal JSON reader (objects, arrays, strings, numbers, literals).  */
/* ------------------------------------------------------------------ */
typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jtype;
typedef struct jval {
    jtype t;
    char *s;           /* J_STR */
    double n;          /* J_NUM, J_BOOL */
    int len, cap;      /* J_ARR, J_OBJ */
    struct jval **items;
    char **keys;       /* J_OBJ */
} jval;

static const char *jp;

static void jfail(const char *msg) {
    fprintf(stderr, "json: %s near '%.20s'\n", msg, jp);
    exit(2);
}
static void jws(void) {
    while (*jp == ' ' || *jp == '\n' || *jp == '\r' || *jp == '\t') jp++;
}
static void put_utf8(GString *b, unsigned cp) {
    g_string_append_unichar(b, (gunichar)cp);
}
static char *jstring(void) {
    if (*jp != '"') jfail("string expected");
    jp++;
    GString *b = g_string_new(NULL);
    for (;;) {
        char c = *jp++;
        if (c == '"') break;
        if (c == 0) jfail("unterminated string");
        if (c != '\\') { g_string_append_c(b, c); continue; }
        c = *jp++;
        switch (c) {
        case 'n': g_string_append_c(b, '\n'); break;
        case 't': g_string_append_c(b, '\t'); break;
        case 'r': g_string_append_c(b, '\r'); break;
        case 'b': g_string_append_c(b, '\b'); break;
        case 'f': g_string_append_c(b, '\f'); break;
        case 'u': {
            unsigned cp = (unsigned)strtoul((char[5]){jp[0], jp[1], jp[2], jp[3], 0}, NULL, 16);
            jp += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && jp[0] == '\\' && jp[1] == 'u') {
                unsigned lo = (unsigned)strtoul((char[5]){jp[2], jp[3], jp[4], jp[5], 0}, NULL, 16);
                jp += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            put_utf8(b, cp);
            break;
        }
        default: g_string_append_c(b, c); break;
        }
    }
    return g_string_free(b, FALSE);
}
static jval *jvalue(void);
static void jpush(jval *v, char *key, jval *item) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = realloc(v->items, sizeof(jval *) * v->cap);
        if (v->t == J_OBJ) v->keys = realloc(v->keys, sizeof(char *) * v->cap);
    }
    if (v->t == J_OBJ) v->keys[v->len] = key;
    v->items[v->len++] = item;
}
static jval *jvalue(void) {
    jws();
    jval *v = calloc(1, sizeof *v);
    if (*jp == '{') {
        v->t = J_OBJ; jp++; jws();
        if (*jp == '}') { jp++; return v; }
        for (;;) {
            jws(); char *k = jstring(); jws();
            if (*jp++ != ':') jfail("':' expected");
            jpush(v, k, jvalue()); jws();
            if (*jp == ',') { jp++; continue; }
            if (*jp == '}') { jp++; break; }
            jfail("',' or '}' expected");
        }
    } else if (*jp == '[') {
        v->t = J_ARR; jp++; jws();
        if (*jp == ']') { jp++; return v; }
        for (;;) {
            jpush(v, NULL, jvalue()); jws();
            if (*jp == ',') { jp++; continue; }
            if (*jp == ']') { jp++; break; }
            jfail("',' or ']' expected");
        }
    } else if (*jp == '"') {
        v->t = J_STR; v->s = jstring();
    } else if (!strncmp(jp, "true", 4)) { v->t = J_BOOL; v->n = 1; jp += 4; }
    else if (!strncmp(jp, "false", 5)) { v->t = J_BOOL; jp += 5; }
    else if (!strncmp(jp, "null", 4)) { v->t = J_NULL; jp += 4; }
    else { char *e; v->t = J_NUM; v->n = strtod(jp, &e); if (e == jp) jfail("value expected"); jp = e; }
    return v;
}
static jval *jget(jval *o, const char *key) {
    for (int i = 0; i < o->len; i++)
        if (!strcmp(o->keys[i], key)) return o->items[i];
    fprintf(stderr, "json: missing key %s\n", key);
    exit(2);
}

/* ------------------------------------------------------------------ */
/* Layout specification (points).                                      */
/* ------------------------------------------------------------------ */
#define MM (72.0 / 25.4)
static const double PAGE_W = 210 * MM, PAGE_H = 297 * MM, MARGIN = 20 * MM;
#define CONTENT_W (PAGE_W - 2 * MARGIN)
#define TOP MARGIN
#define BOTTOM (PAGE_H - MARGIN)
static const double COL_W_MM[5] = {18, 22, 40, 20, 70};
static const double PAD_X = 3, PAD_Y = 2, RULE_W = 0.5;

/* font: weight and size; the family is --font (see make_layout) */
typedef struct { const char *font; double lh; } style;
static const style S_TITLE = {"Bold 20", 24};
static const style S_SUB = {"13", 16};
static const style S_META = {"9", 12};
static const style S_HEAD = {"Bold 13", 16};
static const style S_BODY = {"10.5", 14};
static const style S_CELL = {"8.5", 11};
static const style S_CELLB = {"Bold 8.5", 11};
static const style S_FOOT = {"8.5", 11};
#define FOOTER_BASELINE (PAGE_H - 12 * MM)

/* ------------------------------------------------------------------ */
static PangoContext *pctx;
static GHashTable *fdescs; /* font string -> PangoFontDescription* */
static const char *family = "DejaVu Serif";

static PangoLayout *make_layout(const style *st, const char *text, double width) {
    PangoLayout *l = pango_layout_new(pctx);
    PangoFontDescription *fd = g_hash_table_lookup(fdescs, st->font);
    if (!fd) {
        fd = pango_font_description_from_string(st->font);
        pango_font_description_set_family(fd, family);
        g_hash_table_insert(fdescs, (gpointer)st->font, fd);
    }
    pango_layout_set_font_description(l, fd);
    PangoAttrList *al = pango_attr_list_new();
    pango_attr_list_insert(al, pango_attr_line_height_new_absolute((int)(st->lh * PANGO_SCALE)));
    pango_layout_set_attributes(l, al);
    pango_attr_list_unref(al);
    if (width > 0) pango_layout_set_width(l, (int)(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD);
    pango_layout_set_text(l, text, -1);
    return l;
}

static double layout_h(PangoLayout *l) {
    int w, h;
    pango_layout_get_size(l, &w, &h);
    return (double)h / PANGO_SCALE;
}

/* Text blocks: everything that is not a table cell. */
typedef struct {
    const style *st;
    const char *text;
    double width;
    PangoLayout *kept; /* --keep */
    int nlines;
    double *line_top; /* top of each line's logical box, rel. to layout top */
    double *line_h;
} block;

/* Draw operations recorded by pass 1. */
typedef enum { OP_LINES, OP_RULE, OP_HEADER, OP_ROW } opkind;
typedef struct {
    int page;
    opkind kind;
    int idx;            /* block index or row index */
    int from, to;       /* line range for OP_LINES */
    double y;           /* top of the drawn thing on the page */
    double h;           /* row height for OP_ROW / OP_HEADER */
} op;

static block *blocks; static int nblocks, capblocks;
static op *ops; static int nops, capops;
static int keep_mode;

static int add_block(const style *st, const char *text, double width) {
    if (nblocks == capblocks) { capblocks = capblocks ? capblocks * 2 : 256; blocks = realloc(blocks, capblocks * sizeof *blocks); }
    block *b = &blocks[nblocks];
    memset(b, 0, sizeof *b);
    b->st = st; b->text = text; b->width = width;
    PangoLayout *l = make_layout(st, text, width);
    b->nlines = pango_layout_get_line_count(l);
    b->line_top = malloc(sizeof(double) * b->nlines);
    b->line_h = malloc(sizeof(double) * b->nlines);
    PangoLayoutIter *it = pango_layout_get_iter(l);
    int i = 0;
    do {
        PangoRectangle lr;
        pango_layout_iter_get_line_extents(it, NULL, &lr);
        b->line_top[i] = (double)lr.y / PANGO_SCALE;
        b->line_h[i] = (double)lr.height / PANGO_SCALE;
        i++;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    if (keep_mode) b->kept = l; else g_object_unref(l);
    return nblocks++;
}

static void add_op(op o) {
    if (nops == capops) { capops = capops ? capops * 2 : 1024; ops = realloc(ops, capops * sizeof *ops); }
    ops[nops++] = o;
}

/* Pagination state */
static int page = 0;
static double cur = TOP;
static void new_page(void) { page++; cur = TOP; }

/* place block b; splits at line boundaries. */
static void place_block(int bi) {
    block *b = &blocks[bi];
    int i = 0;
    while (i < b->nlines) {
        int from = i;
        double y0 = cur;
        while (i < b->nlines && (cur + b->line_h[i] <= BOTTOM + 0.01 || (i == from && cur == TOP))) {
            cur += b->line_h[i];
            i++;
        }
        if (i > from)
            add_op((op){page, OP_LINES, bi, from, i, y0, 0});
        if (i < b->nlines) new_page();
    }
}

static void space(double s) { if (cur > TOP) cur += s; }

/* table */
static int nrows;
static char ***rows;
static char **cols;
static double colw[5];
static PangoLayout *hdr_layouts[5];
static double hdr_h;
static double *row_h;
static PangoLayout **kept_cells; /* nrows*5 in --keep mode */

static double measure_row(char **cells, const style *st, PangoLayout **keep_out) {
    double h = 0;
    for (int c = 0; c < 5; c++) {
        PangoLayout *l = make_layout(st, cells[c], colw[c] - 2 * PAD_X);
        double lh = layout_h(l);
        if (lh > h) h = lh;
        if (keep_out) keep_out[c] = l; else g_object_unref(l);
    }
    return h + 2 * PAD_Y;
}

static void draw_row_frame(cairo_t *cr, double y, double h, int header) {
    double x = MARGIN;
    if (header) {
        cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
        cairo_rectangle(cr, MARGIN, y, CONTENT_W, h);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
    }
    for (int c = 0; c < 5; c++) {
        cairo_rectangle(cr, x, y, colw[c], h);
        x += colw[c];
    }
    cairo_stroke(cr);
}

static void draw_cells(cairo_t *cr, double y, PangoLayout **ls) {
    double x = MARGIN;
    for (int c = 0; c < 5; c++) {
        cairo_move_to(cr, x + PAD_X, y + PAD_Y);
        pango_cairo_show_layout(cr, ls[c]);
        x += colw[c];
    }
}

int main(int argc, char **argv) {
    int a = 1;
    const char *lang = NULL;
    for (; a < argc; a++) {
        if (!strcmp(argv[a], "--keep")) keep_mode = 1;
        else if (!strcmp(argv[a], "--font") && a + 1 < argc) family = argv[++a];
        else if (!strcmp(argv[a], "--lang") && a + 1 < argc) lang = argv[++a];
        else break;
    }
    if (argc - a != 2) {
        fprintf(stderr, "usage: %s [--keep] [--font FAMILY] [--lang TAG] IN.json OUT.pdf\n", argv[0]);
        return 2;
    }
    gchar *src; gsize srclen;
    if (!g_file_get_contents(argv[a], &src, &srclen, NULL)) { fprintf(stderr, "cannot read %s\n", argv[a]); return 2; }
    jp = src;
    jval *doc = jvalue();

    /* Pango context: 72 dpi so 1 pt == 1 user unit; no hinting (vector output). */
    PangoFontMap *fm = pango_cairo_font_map_get_default();
    pctx = pango_font_map_create_context(fm);
    pango_cairo_context_set_resolution(pctx, 72);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pctx, fo);
    pango_context_set_round_glyph_positions(pctx, FALSE);
    /* the language of every layout without its own: font selection, glyph forms, line breaking */
    if (lang) pango_context_set_language(pctx, pango_language_from_string(lang));
    fdescs = g_hash_table_new(g_str_hash, g_str_equal);

    for (int c = 0; c < 5; c++) colw[c] = COL_W_MM[c] * MM;

    /* ---------------- pass 1: layout + paginate ---------------- */
    jval *meta = jget(doc, "meta");
    char *meta_line = g_strdup_printf("%s \xe2\x80\x94 %s", jget(meta, "date")->s, jget(meta, "author")->s);
    new_page();
    place_block(add_block(&S_TITLE, jget(meta, "title")->s, CONTENT_W)); cur += 4;
    place_block(add_block(&S_SUB, jget(meta, "subtitle")->s, CONTENT_W)); cur += 4;
    place_block(add_block(&S_META, meta_line, CONTENT_W)); cur += 8;
    add_op((op){page, OP_RULE, 0, 0, 0, cur, 0}); cur += RULE_W + 14;

    jval *secs = jget(doc, "sections");
    for (int s = 0; s < secs->len; s++) {
        jval *sec = secs->items[s];
        jval *paras = jget(sec, "paragraphs");
        if (s > 0) space(14 - 6); /* 14pt gap above a heading (6pt already added after the paragraph) */
        int hb = add_block(&S_HEAD, jget(sec, "heading")->s, CONTENT_W);
        int first_pb = add_block(&S_BODY, paras->items[0]->s, CONTENT_W);
        /* keep heading with the first two lines of the next paragraph */
        block *pb = &blocks[first_pb];
        double need = 0;
        for (int i = 0; i < blocks[hb].nlines; i++) need += blocks[hb].line_h[i];
        need += 6;
        for (int i = 0; i < 2 && i < pb->nlines; i++) need += pb->line_h[i];
        if (cur + need > BOTTOM + 0.01) new_page();
        place_block(hb); cur += 6;
        place_block(first_pb); cur += 6;
        for (int p = 1; p < paras->len; p++) {
            place_block(add_block(&S_BODY, paras->items[p]->s, CONTENT_W));
            cur += 6;
        }
    }

    /* annex: new page, heading, table with repeated header */
    jval *annex = jget(doc, "annex");
    new_page();
    place_block(add_block(&S_HEAD, jget(annex, "title")->s, CONTENT_W)); cur += 6;
    jval *jcols = jget(annex, "columns"), *jrows = jget(annex, "rows");
    cols = malloc(5 * sizeof(char *));
    for (int c = 0; c < 5; c++) cols[c] = jcols->items[c]->s;
    nrows = jrows->len;
    rows = malloc(nrows * sizeof(char **));
    row_h = malloc(nrows * sizeof(double));
    if (keep_mode) kept_cells = malloc((size_t)nrows * 5 * sizeof(PangoLayout *));
    for (int r = 0; r < nrows; r++) {
        rows[r] = malloc(5 * sizeof(char *));
        for (int c = 0; c < 5; c++) rows[r][c] = jrows->items[r]->items[c]->s;
    }
    hdr_h = measure_row(cols, &S_CELLB, hdr_layouts); /* header layouts always kept: reused on every page */
    int header_on_page = -1;
    for (int r = 0; r < nrows; r++) {
        row_h[r] = measure_row(rows[r], &S_CELL, keep_mode ? &kept_cells[(size_t)r * 5] : NULL);
        if (header_on_page == page && cur + row_h[r] > BOTTOM + 0.01) new_page();
        if (header_on_page != page) {
            if (cur + hdr_h + row_h[r] > BOTTOM + 0.01 && cur > TOP) new_page();
            add_op((op){page, OP_HEADER, 0, 0, 0, cur, hdr_h});
            cur += hdr_h;
            header_on_page = page;
        }
        add_op((op){page, OP_ROW, r, 0, 0, cur, row_h[r]});
        cur += row_h[r];
    }
    int total_pages = page;

    /* ---------------- pass 2: draw ---------------- */
    cairo_surface_t *surf = cairo_pdf_surface_create(argv[a + 1], PAGE_W, PAGE_H);
    cairo_t *cr = cairo_create(surf);
    cairo_set_line_width(cr, RULE_W);
    /* no pango_cairo_update_context(): the context already matches the
       surface (identity matrix, 72 dpi, unhinted), and updating it would
       invalidate the layouts kept in --keep mode. */
    int cur_page = 1, cur_block = -1;
    PangoLayout *bl = NULL;
    PangoLayout *row_ls[5];
    for (int o = 0; o <= nops; o++) {
        int pg = o < nops ? ops[o].page : total_pages + 1;
        while (cur_page < pg) {
            char buf[64];
            snprintf(buf, sizeof buf, "Page %d of %d", cur_page, total_pages);
            PangoLayout *fl = make_layout(&S_FOOT, buf, -1);
            int w, h; pango_layout_get_size(fl, &w, &h);
            int base = pango_layout_get_baseline(fl);
            cairo_move_to(cr, (PAGE_W - (double)w / PANGO_SCALE) / 2, FOOTER_BASELINE - (double)base / PANGO_SCALE);
            pango_cairo_show_layout(cr, fl);
            g_object_unref(fl);
            cairo_show_page(cr);
            cur_page++;
        }
        if (o == nops) break;
        op *p = &ops[o];
        switch (p->kind) {
        case OP_RULE:
            cairo_move_to(cr, MARGIN, p->y + RULE_W / 2);
            cairo_line_to(cr, MARGIN + CONTENT_W, p->y + RULE_W / 2);
            cairo_stroke(cr);
            break;
        case OP_LINES: {
            block *b = &blocks[p->idx];
            if (p->idx != cur_block) {
                if (bl && !keep_mode) g_object_unref(bl);
                bl = keep_mode ? b->kept : make_layout(b->st, b->text, b->width);
                cur_block = p->idx;
            }
            if (p->from == 0 && p->to == b->nlines) {
                cairo_move_to(cr, MARGIN, p->y);
                pango_cairo_show_layout(cr, bl);
            } else {
                PangoLayoutIter *it = pango_layout_get_iter(bl);
                for (int i = 0; i < p->from; i++) pango_layout_iter_next_line(it);
                for (int i = p->from; i < p->to; i++) {
                    PangoRectangle lr;
                    pango_layout_iter_get_line_extents(it, NULL, &lr);
                    double base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
                    cairo_move_to(cr, MARGIN + (double)lr.x / PANGO_SCALE, p->y + base - b->line_top[p->from]);
                    pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
                    pango_layout_iter_next_line(it);
                }
                pango_layout_iter_free(it);
            }
            break;
        }
        case OP_HEADER:
            draw_row_frame(cr, p->y, p->h, 1);
            draw_cells(cr, p->y, hdr_layouts);
            break;
        case OP_ROW:
            draw_row_frame(cr, p->y, p->h, 0);
            if (keep_mode) {
                draw_cells(cr, p->y, &kept_cells[(size_t)p->idx * 5]);
            } else {
                for (int c = 0; c < 5; c++) row_ls[c] = make_layout(&S_CELL, rows[p->idx][c], colw[c] - 2 * PAD_X);
                draw_cells(cr, p->y, row_ls);
                for (int c = 0; c < 5; c++) g_object_unref(row_ls[c]);
            }
            break;
        }
    }
    cairo_destroy(cr);
    cairo_surface_finish(surf);
    cairo_status_t st = cairo_surface_status(surf);
    cairo_surface_destroy(surf);
    if (st != CAIRO_STATUS_SUCCESS) { fprintf(stderr, "cairo: %s\n", cairo_status_to_string(st)); return 1; }
    fprintf(stderr, "brief_c: %d pages, %d rows, %s\n", total_pages, nrows, keep_mode ? "keep" : "two-pass");
    return 0;
}
