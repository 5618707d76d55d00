/*
 * The guest allocator: boundary-tag chunks over one heap region, with exact-size free lists for
 * small chunks, size-range free lists for large ones, and the untouched end of the heap ("top")
 * carved as a bump region. Freed chunks coalesce with free neighbours at once, so a long-running
 * guest does not fragment into unusable slivers; realloc grows in place into a free neighbour or
 * into top (QuickJS grows strings, arrays and byte buffers by realloc).
 *
 * Chunk layout (every chunk and every payload is 16-byte aligned):
 *
 *   chunk+0   prev_size   size of the previous chunk, valid only while that chunk is free
 *   chunk+8   head        size | CINUSE (this chunk allocated) | PINUSE (previous chunk allocated)
 *   chunk+16  payload     (free chunks keep their list links fd/bk here)
 *
 * An allocated chunk may use the next chunk's prev_size field as payload, so the overhead is
 * 8 bytes per allocation (QuickJS's MALLOC_OVERHEAD is 8) and malloc_usable_size = size - 8.
 * Single-threaded: a Solo5 guest has one CPU and no threads.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <malloc.h>
#include "mirage_libc.h"


typedef struct chunk {
    size_t prev_size;
    size_t head;
    struct chunk *fd, *bk;
} chunk;

#define PINUSE ((size_t)1)
#define CINUSE ((size_t)2)
#define FLAG_MASK ((size_t)15)
#define HDR ((size_t)16)
#define MIN_CHUNK ((size_t)32)
#define SMALL_LIMIT ((size_t)1024) /* chunk sizes below this have an exact-size list */
#define NSMALL 64
#define NLARGE 192                  /* 4 lists per power of two from 1 KiB up */
#define MAX_REQUEST (SIZE_MAX / 4)

static struct {
    char *first, *end;
    chunk *top; /* free, in no list, always the last chunk, at least MIN_CHUNK long */
    chunk *small[NSMALL];
    chunk *large[NLARGE];
    uint64_t small_map;
    uint64_t large_map[NLARGE / 64];
    size_t heap, used, peak, nalloc, failed;
} H;

static inline size_t csize(const chunk *c) { return c->head & ~FLAG_MASK; }
static inline chunk *at(const void *p, ptrdiff_t off) { return (chunk *)((char *)p + off); }
static inline void *mem(chunk *c) { return (char *)c + HDR; }
static inline chunk *of_mem(const void *p) { return (chunk *)((char *)p - HDR); }

static inline size_t request_size(size_t n)
{
    size_t sz = (n + 8 + 15) & ~(size_t)15;
    return sz < MIN_CHUNK ? MIN_CHUNK : sz;
}

static inline unsigned large_index(size_t sz)
{
    unsigned b = 63 - (unsigned)__builtin_clzll(sz); /* >= 10 */
    unsigned i = (b - 10) * 4 + (unsigned)((sz >> (b - 2)) & 3);
    return i < NLARGE ? i : NLARGE - 1;
}

static void corrupt(const char *what)
{
    static const char prefix[] = "mirage heap: ";
    mirage_console_write(prefix, sizeof prefix - 1);
    mirage_console_write(what, strlen(what));
    mirage_console_write("\n", 1);
    mirage_abort();
}

static chunk **list_of(size_t sz, uint64_t **map, unsigned *bit)
{
    if (sz < SMALL_LIMIT) {
        unsigned i = (unsigned)(sz >> 4);
        *map = &H.small_map;
        *bit = i;
        return &H.small[i];
    } else {
        unsigned i = large_index(sz);
        *map = &H.large_map[i >> 6];
        *bit = i & 63;
        return &H.large[i];
    }
}

static void unbin(chunk *c)
{
    uint64_t *map;
    unsigned bit;
    chunk **head = list_of(csize(c), &map, &bit);
    if (c->bk)
        c->bk->fd = c->fd;
    else
        *head = c->fd;
    if (c->fd)
        c->fd->bk = c->bk;
    if (!*head)
        *map &= ~((uint64_t)1 << bit);
}

/* Make [c, c+sz) a free chunk in its list. Its previous chunk is allocated (no two free chunks
 * are ever adjacent) and its next chunk is allocated (not top). */
static void bin(chunk *c, size_t sz)
{
    uint64_t *map;
    unsigned bit;
    chunk **head = list_of(sz, &map, &bit);
    chunk *n = at(c, (ptrdiff_t)sz);
    c->head = sz | PINUSE;
    n->prev_size = sz;
    n->head &= ~PINUSE;
    c->bk = NULL;
    c->fd = *head;
    if (*head)
        (*head)->bk = c;
    *head = c;
    *map |= (uint64_t)1 << bit;
}

/* Give back [c, c+sz), which is in no list and whose PINUSE bit is right: coalesce with free
 * neighbours, then join top or a list. */
static void release(chunk *c, size_t sz)
{
    if (!(c->head & PINUSE)) {
        chunk *p = at(c, -(ptrdiff_t)c->prev_size);
        unbin(p);
        sz += csize(p);
        c = p;
    }
    chunk *n = at(c, (ptrdiff_t)sz);
    if (n == H.top) {
        c->head = (sz + csize(n)) | PINUSE;
        H.top = c;
        return;
    }
    if (!(n->head & CINUSE)) {
        unbin(n);
        sz += csize(n);
    }
    bin(c, sz);
}

/* c (in no list, `have` bytes) becomes an allocated chunk of `want` bytes; a tail big enough to
 * be a chunk is given back. */
static void carve(chunk *c, size_t have, size_t want)
{
    size_t pin = c->head & PINUSE;
    if (have - want >= MIN_CHUNK) {
        c->head = want | CINUSE | pin;
        chunk *r = at(c, (ptrdiff_t)want);
        r->head = (have - want) | PINUSE;
        release(r, have - want);
    } else {
        c->head = have | CINUSE | pin;
        at(c, (ptrdiff_t)have)->head |= PINUSE;
    }
}

static inline unsigned first_bit(uint64_t m) { return (unsigned)__builtin_ctzll(m); }

static chunk *first_large_from(unsigned i)
{
    for (unsigned w = i >> 6; w < NLARGE / 64; w++) {
        uint64_t m = H.large_map[w];
        if (w == i >> 6)
            m &= ~(uint64_t)0 << (i & 63);
        if (m)
            return H.large[w * 64 + first_bit(m)];
    }
    return NULL;
}

/* A free chunk of at least sz bytes, taken out of its list, or NULL. */
static chunk *take(size_t sz)
{
    chunk *c = NULL;
    if (sz < SMALL_LIMIT) {
        unsigned i = (unsigned)(sz >> 4);
        uint64_t m = H.small_map & (~(uint64_t)0 << i);
        if (m)
            c = H.small[first_bit(m)];
        else
            c = first_large_from(0);
    } else {
        unsigned i = large_index(sz);
        for (chunk *p = H.large[i]; p; p = p->fd) {
            size_t s = csize(p);
            if (s >= sz && (!c || s < csize(c))) {
                c = p;
                if (s == sz)
                    break;
            }
        }
        if (!c && i + 1 < NLARGE)
            c = first_large_from(i + 1);
    }
    if (c)
        unbin(c);
    return c;
}

static chunk *valid_chunk(const void *p, const char *who)
{
    chunk *c = of_mem(p);
    if ((char *)c < H.first || (char *)c >= (char *)H.top || ((uintptr_t)p & 15) ||
        !(c->head & CINUSE) || (char *)at(c, (ptrdiff_t)csize(c)) > (char *)H.top)
        corrupt(who);
    return c;
}

static void *fail(void)
{
    H.failed++;
    errno = ENOMEM;
    return NULL;
}

static inline void account(ptrdiff_t delta)
{
    H.used += (size_t)delta;
    if (H.used > H.peak)
        H.peak = H.used;
}

void mirage_heap_init(void *base, size_t len)
{
    memset(&H, 0, sizeof H);
    uintptr_t b = ((uintptr_t)base + 15) & ~(uintptr_t)15;
    uintptr_t e = ((uintptr_t)base + len) & ~(uintptr_t)15;
    if (base == NULL || e < b || e - b < 2 * MIN_CHUNK)
        return;
    H.first = (char *)b;
    H.end = (char *)e;
    H.heap = e - b;
    H.top = (chunk *)b;
    H.top->head = H.heap | PINUSE;
}

/* An allocated chunk of sz bytes (a request_size), or NULL. */
static chunk *alloc_chunk(size_t sz)
{
    chunk *c = take(sz);
    if (c) {
        carve(c, csize(c), sz);
    } else {
        size_t t = csize(H.top);
        if (t < sz + MIN_CHUNK)
            return NULL;
        c = H.top;
        H.top = at(c, (ptrdiff_t)sz);
        H.top->head = (t - sz) | PINUSE;
        c->head = sz | CINUSE | PINUSE; /* the chunk before top is never free */
    }
    account((ptrdiff_t)csize(c));
    H.nalloc++;
    return c;
}

void *malloc(size_t n)
{
    if (n > MAX_REQUEST || !H.top)
        return fail();
    chunk *c = alloc_chunk(request_size(n));
    return c ? mem(c) : fail();
}

void free(void *p)
{
    if (!p)
        return;
    chunk *c = valid_chunk(p, "free(): invalid pointer or double free");
    size_t sz = csize(c);
    if (!(at(c, (ptrdiff_t)sz)->head & PINUSE))
        corrupt("free(): corrupted chunk");
    account(-(ptrdiff_t)sz);
    H.nalloc--;
    c->head &= ~CINUSE;
    release(c, sz);
}

void *calloc(size_t a, size_t b)
{
    size_t n;
    if (__builtin_mul_overflow(a, b, &n) || n > MAX_REQUEST || !H.top)
        return fail();
    /* Not malloc + memset: GCC would fuse those back into a call to calloc. */
    chunk *c = alloc_chunk(request_size(n));
    if (!c)
        return fail();
    memset(mem(c), 0, n);
    return mem(c);
}

void *realloc(void *p, size_t n)
{
    if (!p)
        return malloc(n);
    if (n == 0) {
        free(p);
        return NULL;
    }
    if (n > MAX_REQUEST)
        return fail();
    chunk *c = valid_chunk(p, "realloc(): invalid pointer");
    size_t have = csize(c), sz = request_size(n);
    if (sz <= have) {
        carve(c, have, sz);
        account((ptrdiff_t)csize(c) - (ptrdiff_t)have);
        return p;
    }
    chunk *nx = at(c, (ptrdiff_t)have);
    if (nx == H.top) {
        size_t t = csize(nx);
        if (have + t >= sz + MIN_CHUNK) {
            H.top = at(c, (ptrdiff_t)sz);
            H.top->head = (have + t - sz) | PINUSE;
            c->head = sz | CINUSE | (c->head & PINUSE);
            account((ptrdiff_t)(sz - have));
            return p;
        }
    } else if (!(nx->head & CINUSE) && have + csize(nx) >= sz) {
        size_t total = have + csize(nx);
        unbin(nx);
        carve(c, total, sz);
        account((ptrdiff_t)csize(c) - (ptrdiff_t)have);
        return p;
    }
    void *q = malloc(n);
    if (!q)
        return NULL;
    memcpy(q, p, have - 8);
    free(p);
    return q;
}

size_t malloc_usable_size(void *p)
{
    return p ? csize(valid_chunk(p, "malloc_usable_size(): invalid pointer")) - 8 : 0;
}

void *memalign(size_t align, size_t n)
{
    if (align <= 16)
        return malloc(n);
    if (align & (align - 1)) {
        errno = EINVAL;
        return NULL;
    }
    if (n > MAX_REQUEST || align > MAX_REQUEST)
        return fail();
    if (!H.top)
        return fail();
    chunk *c = alloc_chunk(request_size(n + align + MIN_CHUNK));
    if (!c)
        return fail();
    char *raw = mem(c);
    if (((uintptr_t)raw & (align - 1)) != 0) {
        /* Split off a free leading chunk of at least MIN_CHUNK bytes. */
        uintptr_t a = ((uintptr_t)raw + MIN_CHUNK + align - 1) & ~(uintptr_t)(align - 1);
        chunk *nc = of_mem((void *)a);
        size_t lead = (size_t)((char *)nc - (char *)c), total = csize(c);
        nc->head = (total - lead) | CINUSE;
        c->head = lead | (c->head & PINUSE);
        account(-(ptrdiff_t)lead);
        release(c, lead); /* also clears nc's PINUSE and writes its prev_size */
        c = nc;
    }
    size_t have = csize(c);
    carve(c, have, request_size(n));
    account((ptrdiff_t)csize(c) - (ptrdiff_t)have);
    return mem(c);
}

void *aligned_alloc(size_t align, size_t n) { return memalign(align, n); }

int posix_memalign(void **out, size_t align, size_t n)
{
    if (align < sizeof(void *) || (align & (align - 1)))
        return EINVAL;
    void *p = memalign(align, n);
    if (!p)
        return ENOMEM;
    *out = p;
    return 0;
}

void mirage_heap_get_stats(struct mirage_heap_stats *s)
{
    s->heap_bytes = H.heap;
    s->used_bytes = H.used;
    s->peak_used_bytes = H.peak;
    s->free_bytes = H.heap - H.used;
    s->top_bytes = H.top ? csize(H.top) : 0;
    s->allocations = H.nalloc;
    s->failed = H.failed;
}

static int check_list(chunk *head, int small, unsigned idx, size_t *count)
{
    chunk *prev = NULL;
    for (chunk *c = head; c; prev = c, c = c->fd) {
        size_t sz = csize(c);
        if ((char *)c < H.first || (char *)c >= (char *)H.top)
            return -20;
        if (c->head & CINUSE)
            return -21;
        if (c->bk != prev)
            return -22;
        if (small ? (sz >= SMALL_LIMIT || (sz >> 4) != idx) : (sz < SMALL_LIMIT || large_index(sz) != idx))
            return -23;
        (*count)++;
    }
    return 0;
}

int mirage_heap_check(void)
{
    if (!H.top)
        return H.heap == 0 ? 0 : -1;
    size_t free_count = 0, used = 0, nalloc = 0;
    int prev_free = 0;
    chunk *c = (chunk *)H.first;
    while (c != H.top) {
        size_t sz = csize(c);
        if (sz < MIN_CHUNK || (sz & 15) || (char *)at(c, (ptrdiff_t)sz) > (char *)H.top)
            return -2;
        if (!!(c->head & PINUSE) == prev_free)
            return -3;
        if (c->head & CINUSE) {
            used += sz;
            nalloc++;
            prev_free = 0;
        } else {
            if (prev_free)
                return -4; /* two adjacent free chunks */
            if (at(c, (ptrdiff_t)sz)->prev_size != sz)
                return -5;
            free_count++;
            prev_free = 1;
        }
        c = at(c, (ptrdiff_t)sz);
    }
    if (prev_free || !(H.top->head & PINUSE))
        return -6;
    if (csize(H.top) < MIN_CHUNK || (char *)at(H.top, (ptrdiff_t)csize(H.top)) != H.end)
        return -7;
    if (used != H.used || nalloc != H.nalloc)
        return -8;
    size_t listed = 0;
    for (unsigned i = 0; i < NSMALL; i++) {
        if (!!H.small[i] != !!(H.small_map & ((uint64_t)1 << i)))
            return -9;
        int r = check_list(H.small[i], 1, i, &listed);
        if (r)
            return r;
    }
    for (unsigned i = 0; i < NLARGE; i++) {
        if (!!H.large[i] != !!(H.large_map[i >> 6] & ((uint64_t)1 << (i & 63))))
            return -10;
        int r = check_list(H.large[i], 0, i, &listed);
        if (r)
            return r;
    }
    return listed == free_count ? 0 : -11;
}

/* musl calls its allocator by these names in a few places; they must not reach musl's. */
void *__libc_malloc(size_t n) __attribute__((alias("malloc"), copy(malloc)));
void *__libc_calloc(size_t a, size_t b) __attribute__((alias("calloc"), copy(calloc)));
void *__libc_realloc(void *p, size_t n) __attribute__((alias("realloc"), copy(realloc)));
void __libc_free(void *p) __attribute__((alias("free"), copy(free)));
