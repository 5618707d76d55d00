/*
 * mirage_solo5_crt.h — glue between a target's bindings (native/spt,
 * native/hvt) and the target-independent start code (native/runtime/crt.c).
 *
 * A target's entry point validates its boot information, records what its
 * API functions need and calls mirage_crt_start(), which
 *   1. installs a thread pointer (TLS block from the image's PT_TLS + a
 *      zeroed 512-byte thread control block whose first word points to
 *      itself, the x86_64 variant II layout) via solo5_set_tls_base,
 *   2. runs the image's .init_array,
 *   3. computes the heap: page-aligned end of the image (_end) up to
 *      mem_size - MIRAGE_SOLO5_STACK_SIZE,
 *   4. calls solo5_app_main and exits with its result.
 */
#ifndef MIRAGE_SOLO5_CRT_H
#define MIRAGE_SOLO5_CRT_H

#include <stdint.h>

void mirage_crt_start(const char *cmdline, uint64_t mem_size)
    __attribute__((noreturn));

/* Size of the thread control block crt.c places above the TLS block. */
#define MIRAGE_CRT_TCB_SIZE 512u

/* Freestanding helpers crt.c provides (weak, so a libc may replace them). */
void *memcpy(void *dst, const void *src, unsigned long n);
void *memset(void *dst, int c, unsigned long n);
void *memmove(void *dst, const void *src, unsigned long n);
int memcmp(const void *a, const void *b, unsigned long n);
unsigned long strlen(const char *s);

#endif
