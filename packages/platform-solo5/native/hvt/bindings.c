/*
 * hvt bindings: mirage_solo5.h for a guest run by a hardware-virtualised
 * tender (upstream solo5-hvt on KVM/bhyve/vmm).
 *
 * The tender enters the guest in 64-bit mode with identity-mapped memory,
 * %rdi = &boot_info, %rsp = mem_size - 8, interrupts off. Every service is a
 * "hypercall": `outl` of the (32-bit) address of an argument struct to port
 * 0x500 + n; the tender handles the VM exit, fills in the struct and resumes.
 * Time is the TSC scaled by the frequency the tender measured, anchored to
 * the wall clock read once at boot. A CPU exception is reported on the
 * console and halts the guest with status 255 (../x86/traps.c).
 *
 * Integer-only (built with -mgeneral-regs-only): this file must not depend on
 * the FPU/SSE state, which the nested KVM of the CI machines does not emulate.
 */
#include "../include/mirage_solo5.h"
#include "../include/mirage_solo5_abi.h"
#include "../include/mirage_solo5_crt.h"
#include "../include/mirage_solo5_devices.h"

void mirage_traps_init(void); /* ../x86/traps.c */

static const struct ms5_mft *mft;
static const char *cmdline;
static uint64_t tsc_hz, tsc_boot, wall_boot;

static inline void hypercall(int n, volatile void *arg)
{
    __asm__ volatile("outl %0, %1"
                     :
                     : "a"((uint32_t)(uintptr_t)arg),
                       "Nd"((uint16_t)(MS5_HVT_PIO_BASE + n))
                     : "memory");
}

static inline uint64_t rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (uint64_t)hi << 32 | lo;
}

static __attribute__((noreturn)) void halt(int status)
{
    volatile struct ms5_hvt_halt h = {.cookie = 0, .exit_status = status};
    for (;;)
        hypercall(MS5_HVT_HALT, &h);
}

__attribute__((noreturn, used)) void _start(const struct ms5_hvt_boot_info *bi)
{
    /* No friendly message when Linux executes the image directly: that would take a syscall
     * instruction, and an hvt image must contain none (mirage build checks it). */
    mirage_traps_init(); /* first: a fault from here on is reported, not a triple fault */
    mft = (const struct ms5_mft *)(uintptr_t)bi->mft;
    cmdline = (const char *)(uintptr_t)bi->cmdline;
    tsc_hz = bi->cpu_cycle_freq ? bi->cpu_cycle_freq : 1000000000ull;
    tsc_boot = rdtsc();
    volatile struct ms5_hvt_walltime w = {0};
    hypercall(MS5_HVT_WALLTIME, &w);
    wall_boot = w.nsecs;
    mirage_crt_start(cmdline, bi->mem_size);
}

/* ---- basics ----------------------------------------------------------- */

const char *mirage_solo5_target(void) { return "hvt"; }

const char *mirage_solo5_cmdline(void) { return cmdline; }

void solo5_console_write(const char *buf, size_t size)
{
    volatile struct ms5_hvt_puts p = {.data = (uint64_t)(uintptr_t)buf, .len = size};
    hypercall(MS5_HVT_PUTS, &p);
}

void solo5_exit(int status) { halt(status); }

void solo5_abort(void)
{
    static const char msg[] = "mirage-solo5: abort\n";
    solo5_console_write(msg, sizeof msg - 1);
    halt(SOLO5_EXIT_ABORT);
}

solo5_result_t solo5_set_tls_base(uintptr_t base)
{
    /* Ring 0: write IA32_FS_BASE directly. */
    __asm__ volatile("wrmsr"
                     :
                     : "c"(0xc0000100u), "a"((uint32_t)base), "d"((uint32_t)(base >> 32)));
    return SOLO5_R_OK;
}

solo5_time_t solo5_clock_monotonic(void)
{
    uint64_t d = rdtsc() - tsc_boot;
    /* d * 1e9 / hz without 128-bit arithmetic: (d % hz) * 1e9 fits for hz < 18 GHz. */
    return (d / tsc_hz) * 1000000000ull + ((d % tsc_hz) * 1000000000ull) / tsc_hz;
}

solo5_time_t solo5_clock_wall(void) { return wall_boot + solo5_clock_monotonic(); }

int mirage_solo5_device(unsigned index, const char **name, unsigned *type)
{
    if (mft == 0 || index >= mft->entries)
        return -1;
    *name = mft->e[index].name;
    *type = mft->e[index].type;
    return 0;
}

/* ---- waiting ---------------------------------------------------------- */

void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set)
{
    solo5_time_t now = solo5_clock_monotonic();
    volatile struct ms5_hvt_poll p = {
        .timeout_nsecs = deadline > now ? deadline - now : 0, .ready_set = 0, .ret = 0};
    hypercall(MS5_HVT_POLL, &p);
    if (ready_set)
        *ready_set = p.ready_set;
}

/* ---- devices ---------------------------------------------------------- */

static const struct ms5_mft_entry *device(solo5_handle_t h, uint32_t type)
{
    return ms5_device(mft, h, type);
}

solo5_result_t solo5_net_acquire(const char *name, solo5_handle_t *handle,
                                 struct solo5_net_info *info)
{
    return ms5_net_acquire(mft, name, handle, info);
}

solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size,
                              size_t *read_size)
{
    if (device(handle, MS5_DEV_NET_BASIC) == 0)
        return SOLO5_R_EINVAL;
    volatile struct ms5_hvt_net_io r = {
        .handle = handle, .data = (uint64_t)(uintptr_t)buf, .len = size, .ret = 0};
    hypercall(MS5_HVT_NET_READ, &r);
    if (r.ret == 0)
        *read_size = r.len;
    return (solo5_result_t)r.ret;
}

solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf,
                               size_t size)
{
    if (device(handle, MS5_DEV_NET_BASIC) == 0)
        return SOLO5_R_EINVAL;
    volatile struct ms5_hvt_net_io w = {
        .handle = handle, .data = (uint64_t)(uintptr_t)buf, .len = size, .ret = 0};
    hypercall(MS5_HVT_NET_WRITE, &w);
    return (solo5_result_t)w.ret;
}

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
                                   struct solo5_block_info *info)
{
    return ms5_block_acquire(mft, name, handle, info);
}

static solo5_result_t block_io(int call, solo5_handle_t handle, solo5_off_t off,
                               const uint8_t *buf, size_t size)
{
    const struct ms5_mft_entry *e = device(handle, MS5_DEV_BLOCK_BASIC);
    if (e == 0)
        return SOLO5_R_EINVAL;
    uint64_t bs = e->u.block.block_size;
    if (bs == 0 || size != bs || off % bs != 0 || off > e->u.block.capacity - bs)
        return SOLO5_R_EINVAL;
    volatile struct ms5_hvt_block_io io = {.handle = handle,
                                           .offset = off,
                                           .data = (uint64_t)(uintptr_t)buf,
                                           .len = size,
                                           .ret = 0};
    hypercall(call, &io);
    return (solo5_result_t)io.ret;
}

solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
                                uint8_t *buf, size_t size)
{
    return block_io(MS5_HVT_BLOCK_READ, handle, offset, buf, size);
}

solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
                                 const uint8_t *buf, size_t size)
{
    return block_io(MS5_HVT_BLOCK_WRITE, handle, offset, buf, size);
}

/* ---- the ABI1 note: this image is for hvt, ABI version 2 -------------- */

struct abi_note {
    struct ms5_note_head head;
    struct ms5_abi1 desc;
};

__attribute__((section(".note.solo5.abi"), aligned(4), used))
const struct abi_note mirage_solo5_abi_note = {
    .head = {.namesz = MS5_NOTE_OWNER_SIZE,
             .descsz = sizeof(struct ms5_abi1),
             .type = MS5_NOTE_ABI1,
             .name = MS5_NOTE_OWNER},
    .desc = {.target = MS5_TARGET_HVT, .version = MS5_HVT_ABI_VERSION},
};
