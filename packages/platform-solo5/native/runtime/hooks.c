/*
 * hooks.c — what the guest libc shim (native/quickjs/shim, mirage_libc.h)
 * needs from the runtime, on top of the Solo5 API.
 */
#include <stddef.h>
#include <stdint.h>

#include "../include/mirage_solo5.h"

void mirage_console_write(const char *buf, size_t len) { solo5_console_write(buf, len); }
uint64_t mirage_clock_wall_ns(void) { return solo5_clock_wall(); }
uint64_t mirage_clock_monotonic_ns(void) { return solo5_clock_monotonic(); }
__attribute__((noreturn)) void mirage_exit(int status) { solo5_exit(status); }
__attribute__((noreturn)) void mirage_abort(void) { solo5_abort(); }
