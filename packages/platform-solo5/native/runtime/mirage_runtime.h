/*
 * mirage_runtime.h — the C runtime of a QuickJS guest image.
 *
 * main.c is solo5_app_main: heap, QuickJS runtime, __mirage_host (host.c),
 * the application's bytecode, then the event loop the TypeScript side
 * defines in src/host.ts (run promise jobs, __mirage_loop.tick(ready),
 * solo5_yield until the returned deadline or a ready device).
 *
 * The application's bytecode is linked in as two symbols (see
 * native/ld/image.mjs, bytecodeAssembly): the output of JS_WriteObject for a
 * script (or module) compiled by QuickJS 2021-03-27, e.g. qjsc's compile().
 */
#ifndef MIRAGE_RUNTIME_H
#define MIRAGE_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

extern const uint8_t mirage_app_bytecode[];
extern const uint32_t mirage_app_bytecode_size;

#ifdef QUICKJS_H
int mirage_host_install(JSContext *ctx, const char *cmdline);
void mirage_host_release(JSContext *ctx);
#endif

/* RFC 1071 checksum of p[0, n) from the partial sum `initial` (host.c). */
uint16_t mirage_checksum(const uint8_t *p, size_t n, uint64_t initial);

/* Notes the first console output for a boot trace (main.c; nothing in other images). */
void mirage_boot_output(void);
/* Prints the boot trace line, once (main.c): when the guest first idles, ends or exits. */
void mirage_boot_report(void);

/* The runtime's event loop (main.c); returns the exit status. */
int mirage_run(const char *cmdline, uintptr_t heap_start, size_t heap_size);

#endif
