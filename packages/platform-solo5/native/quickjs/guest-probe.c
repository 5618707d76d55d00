/*
 * Link check only, never run: the harness's QuickJS code linked the way a Solo5 guest links it
 * (libquickjs-guest.a, the shim, patched musl, libgcc; -nostdlib -static), with the runtime
 * hooks as stubs that do nothing. check-guest.mjs then disassembles the result: no system call
 * instruction and no %fs/%gs access may be present.
 */
#include <stdint.h>
#include "mirage_libc.h"
#include "test-harness.h"

static char heap[1 << 20];
uint64_t mirage_clock_wall_ns(void) { return 0; }
uint64_t mirage_clock_monotonic_ns(void) { return 0; }
void mirage_console_write(const char *buf, size_t len) { (void)buf; (void)len; }
void mirage_exit(int status)
{
    (void)status;
    for (;;)
        __asm__ volatile("hlt");
}
void mirage_abort(void) { mirage_exit(255); }
void *harness_map(size_t len) { return len <= sizeof heap ? heap : 0; }
uint8_t *harness_read_file(const char *path, size_t *len)
{
    (void)path;
    *len = 0;
    return 0;
}

void _start(void)
{
    static char name[] = "probe";
    static char *argv[] = {name, 0};
    mirage_exit(main(1, argv));
}
