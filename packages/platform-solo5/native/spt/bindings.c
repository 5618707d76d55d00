/*
 * spt bindings: mirage_solo5.h for a guest loaded by a seccomp process
 * tender (our mirage-spt or upstream solo5-spt).
 *
 * The guest is the tender's process after the tender installed its seccomp
 * filter and jumped here. Devices are host descriptors the tender opened and
 * recorded in the manifest copy it passes in the boot information; waiting is
 * epoll_pwait on the tender's epoll set, whose members are the TAP fds
 * (epoll data = device handle) and a timerfd armed with the deadline.
 */
#include "../include/mirage_solo5.h"
#include "../include/mirage_solo5_abi.h"
#include "../include/mirage_solo5_crt.h"
#include "../include/mirage_solo5_devices.h"
#include "sys.h"

static const struct ms5_mft *mft;
static const char *cmdline;
static int epoll_fd = -1;
static int timer_fd = -1;
static unsigned poll_slots; /* net devices + the timer */

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        long r = sys3(NR_write, fd, (long)p, (long)n);
        if (r == -SYS_EINTR)
            continue;
        if (r <= 0)
            return;
        p += r;
        n -= (size_t)r;
    }
}

/*
 * Entry point: the tender jumps here with %rdi = &boot_info and
 * %rsp = mem_size - 8 (the alignment a C function expects after a call).
 */
__attribute__((noreturn, used)) void _start(const struct ms5_spt_boot_info *bi)
{
    if (bi == 0) {
        /* Executed directly by Linux: %rdi is 0 at process entry. */
        static const char msg[] =
            "this is a Solo5 spt guest: run it with mirage-spt or solo5-spt\n";
        write_all(2, msg, sizeof msg - 1);
        sys_exit_group(126);
    }
    mft = bi->mft;
    cmdline = bi->cmdline;
    epoll_fd = bi->epollfd;
    timer_fd = bi->timerfd;
    poll_slots = 1;
    for (uint32_t i = 0; i < mft->entries; i++)
        if (mft->e[i].type == MS5_DEV_NET_BASIC && mft->e[i].attached)
            poll_slots++;
    mirage_crt_start(cmdline, bi->mem_size);
}

/* ---- basics ----------------------------------------------------------- */

const char *mirage_solo5_target(void) { return "spt"; }

const char *mirage_solo5_cmdline(void) { return cmdline; }

void solo5_console_write(const char *buf, size_t size)
{
    write_all(1, buf, size);
}

void solo5_exit(int status) { sys_exit_group(status); }

void solo5_abort(void)
{
    static const char msg[] = "mirage-solo5: abort\n";
    write_all(1, msg, sizeof msg - 1);
    sys_exit_group(SOLO5_EXIT_ABORT);
}

solo5_result_t solo5_set_tls_base(uintptr_t base)
{
    return sys3(NR_arch_prctl, SYS_ARCH_SET_FS, (long)base, 0) == 0
               ? SOLO5_R_OK
               : SOLO5_R_EINVAL;
}

static solo5_time_t clock_ns(int which)
{
    struct sys_timespec ts;
    if (sys3(NR_clock_gettime, which, (long)&ts, 0) != 0)
        return 0;
    return (solo5_time_t)ts.sec * 1000000000ull + (solo5_time_t)ts.nsec;
}

solo5_time_t solo5_clock_monotonic(void)
{
    return clock_ns(SYS_CLOCK_MONOTONIC);
}

solo5_time_t solo5_clock_wall(void) { return clock_ns(SYS_CLOCK_REALTIME); }

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
    /*
     * The monotonic clock is the host's CLOCK_MONOTONIC, the clock the
     * timerfd runs on, so the deadline arms it as an absolute time. A zero
     * it_value would disarm the timer (and wait forever): use 1 ns instead.
     */
    struct sys_itimerspec it = {{0, 0}, {0, 0}};
    it.value.sec = (int64_t)(deadline / 1000000000ull);
    it.value.nsec = (int64_t)(deadline % 1000000000ull);
    if (it.value.sec == 0 && it.value.nsec == 0)
        it.value.nsec = 1;
    if (deadline > (uint64_t)INT64_MAX) { /* "forever": far future, valid */
        it.value.sec = INT64_MAX / 2000000000ll;
        it.value.nsec = 0;
    }
    sys4(NR_timerfd_settime, timer_fd, SYS_TFD_TIMER_ABSTIME, (long)&it, 0);

    struct sys_epoll_event ev[MS5_MFT_MAX_ENTRIES + 1];
    long n;
    do {
        n = sys6(NR_epoll_pwait, epoll_fd, (long)ev, (long)poll_slots, -1, 0,
                 0);
    } while (n == -SYS_EINTR);

    solo5_handle_set_t set = 0;
    for (long i = 0; i < n; i++)
        if (ev[i].data < MS5_MFT_MAX_ENTRIES)
            set |= 1ull << ev[i].data;
    if (ready_set)
        *ready_set = set;
}

/* ---- network ---------------------------------------------------------- */

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
    const struct ms5_mft_entry *e = device(handle, MS5_DEV_NET_BASIC);
    if (e == 0)
        return SOLO5_R_EINVAL;
    long r;
    do {
        r = sys3(NR_read, e->b.hostfd, (long)buf, (long)size);
    } while (r == -SYS_EINTR);
    if (r == -SYS_EAGAIN || r == 0)
        return SOLO5_R_AGAIN;
    if (r < 0)
        return SOLO5_R_EUNSPEC;
    *read_size = (size_t)r;
    return SOLO5_R_OK;
}

solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf,
                               size_t size)
{
    const struct ms5_mft_entry *e = device(handle, MS5_DEV_NET_BASIC);
    if (e == 0)
        return SOLO5_R_EINVAL;
    long r;
    do {
        r = sys3(NR_write, e->b.hostfd, (long)buf, (long)size);
    } while (r == -SYS_EINTR);
    return r == (long)size ? SOLO5_R_OK : SOLO5_R_EUNSPEC;
}

/* ---- block ------------------------------------------------------------ */

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
                                   struct solo5_block_info *info)
{
    return ms5_block_acquire(mft, name, handle, info);
}

/* One whole block inside the device: the only I/O the seccomp filter allows. */
static const struct ms5_mft_entry *block_io_ok(solo5_handle_t handle,
                                               solo5_off_t off, size_t size)
{
    const struct ms5_mft_entry *e = device(handle, MS5_DEV_BLOCK_BASIC);
    if (e == 0)
        return 0;
    uint64_t bs = e->u.block.block_size;
    if (bs == 0 || size != bs || off % bs != 0 ||
        off > e->u.block.capacity - bs)
        return 0;
    return e;
}

solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
                                uint8_t *buf, size_t size)
{
    const struct ms5_mft_entry *e = block_io_ok(handle, offset, size);
    if (e == 0)
        return SOLO5_R_EINVAL;
    long r;
    do {
        r = sys4(NR_pread64, e->b.hostfd, (long)buf, (long)size, (long)offset);
    } while (r == -SYS_EINTR);
    return r == (long)size ? SOLO5_R_OK : SOLO5_R_EUNSPEC;
}

solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
                                 const uint8_t *buf, size_t size)
{
    const struct ms5_mft_entry *e = block_io_ok(handle, offset, size);
    if (e == 0)
        return SOLO5_R_EINVAL;
    long r;
    do {
        r = sys4(NR_pwrite64, e->b.hostfd, (long)buf, (long)size,
                 (long)offset);
    } while (r == -SYS_EINTR);
    return r == (long)size ? SOLO5_R_OK : SOLO5_R_EUNSPEC;
}

/* ---- the ABI1 note: this image is for spt, ABI version 2 -------------- */

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
    .desc = {.target = MS5_TARGET_SPT, .version = MS5_SPT_ABI_VERSION},
};
