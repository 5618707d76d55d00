/*
 * The guest libc layer: what the shim implements and what it needs from the runtime.
 *
 * The shim (the C files beside this header, linked as build/mirage-libc.o) replaces every part
 * of musl that would make a system call or touch the thread pointer: the allocator, stdio to the
 * console, the clocks, errno, exit/abort, assert, pthread stubs. Everything else (string.h,
 * math, snprintf, strtod, ...) comes from Debian's musl libc.a, stack-protector instructions
 * rewritten (see README.md).
 */
#ifndef MIRAGE_LIBC_H
#define MIRAGE_LIBC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- provided by the runtime (Solo5 bindings in a guest, Linux syscalls in the test harness) ---- */

/* Write bytes to the console (solo5_console_write). Used by printf/fprintf/puts/... */
void mirage_console_write(const char *buf, size_t len);
/* Wall clock, nanoseconds since the Unix epoch (solo5_clock_wall). Date.now, gettimeofday. */
uint64_t mirage_clock_wall_ns(void);
/* Monotonic clock, nanoseconds since an arbitrary origin (solo5_clock_monotonic). */
uint64_t mirage_clock_monotonic_ns(void);
/* Terminate the guest (solo5_exit). exit(), _exit(), _Exit(). */
__attribute__((noreturn)) void mirage_exit(int status);
/* Terminate abnormally (solo5_abort). abort(), failed assert(), __stack_chk_fail. */
__attribute__((noreturn)) void mirage_abort(void);

/* ---- provided by the shim ---- */

/* Hand the allocator its heap: every malloc is served from [base, base+len). Until this is
 * called malloc returns NULL. Calling it again discards the previous heap (tests only). */
void mirage_heap_init(void *base, size_t len);

struct mirage_heap_stats {
    size_t heap_bytes;      /* usable bytes handed to mirage_heap_init (after alignment) */
    size_t used_bytes;      /* bytes in allocated chunks, headers included */
    size_t peak_used_bytes; /* high-water mark of used_bytes */
    size_t free_bytes;      /* bytes in free chunks, the untouched top included */
    size_t top_bytes;       /* the never-yet-split region at the end of the heap */
    size_t allocations;     /* chunks currently allocated */
    size_t failed;          /* malloc/realloc/calloc calls that returned NULL */
};
void mirage_heap_get_stats(struct mirage_heap_stats *out);

/* Walk the whole heap and every free list; returns 0 when consistent, otherwise a negative
 * code naming the first broken invariant (for tests and debug builds). */
int mirage_heap_check(void);

#ifdef __cplusplus
}
#endif

#endif
