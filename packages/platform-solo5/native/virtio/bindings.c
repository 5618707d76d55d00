/*
 * virtio bindings: mirage_solo5.h for a guest that runs on a virtual machine
 * by itself (QEMU, with KVM or its emulator, and KVM clouds), started by a
 * multiboot loader (boot.S). No tender: the bindings drive the machine.
 *
 *   console   COM1 (0x3f8), 115200 8N1, "\n" sent as "\r\n"
 *   memory    multiboot's mem_upper; identity-mapped: page 0 not present (NULL
 *             faults), the image's code read-only, its constants read-only
 *             and not executable, everything else read-write, not executable
 *   clocks    monotonic: the TSC, its rate measured against the PIT at boot;
 *             wall: the CMOS RTC read once at boot (UTC, whole seconds)
 *             advanced by the monotonic clock
 *   waiting   PIT channel 0 one-shot + the devices' interrupts through the
 *             legacy PIC; the CPU sleeps in hlt; interrupts are enabled only
 *             inside that hlt, so nothing else runs in interrupt context
 *   devices   virtio.c
 *   exit      status 0: ACPI power-off (QEMU exits 0); otherwise, and when
 *             power-off fails, QEMU's isa-debug-exit at port 0xf4 (QEMU exits
 *             2 * status + 1; statuses from 127 up, 255 = abort, give 255);
 *             then halt
 *
 * Memory from the top of RAM down: device rings and buffers, then the 2 MiB
 * stack, then the heap down to the end of the image (runtime/crt.c).
 *
 * Integer-only (built with -mgeneral-regs-only), as on hvt; boot.S enables SSE
 * for the application.
 */
#include "virtio.h"
#include "../include/mirage_solo5_crt.h"
#include "../include/mirage_solo5_devices.h"
#include "../x86/io.h"

void mirage_traps_init(void); /* ../x86/traps.c */
void mirage_virtio_enter(uintptr_t stack_top, const char *cmdline, uint64_t mem_size)
    __attribute__((noreturn)); /* boot.S */
extern int mirage_virtio_nx;  /* boot.S: the CPU has NX and EFER.NXE is on */
extern char __text_start[], __text_end[], __rodata_end[], _end[];
extern const unsigned char mirage_solo5_manifest_note[]; /* manifest.mjs */

#define COM1 0x3f8
#define PIT_HZ 1193182ull
#define MAX_IMAGE_PT 64 /* 4 KiB page tables for the first 128 MiB: the image must fit */

static char cmdline[MS5_HVT_CMDLINE_SIZE];
static _Alignas(8) unsigned char mft_copy[MS5_MFT_SIZE(MS5_MFT_MAX_ENTRIES)];
static struct ms5_mft *mft;
static uint64_t tsc_hz, tsc_boot, wall_boot, alloc_top, alloc_floor;
static uint16_t pic_mask = 0xffff;

/* ---- console ---------------------------------------------------------- */

static void serial_init(void)
{
    outb(COM1 + 1, 0x00); /* no interrupts */
    outb(COM1 + 3, 0x80); /* divisor latch */
    outb(COM1 + 0, 0x01); /* 115200 baud */
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03); /* 8N1 */
    outb(COM1 + 2, 0xc7); /* FIFO on, cleared */
    outb(COM1 + 4, 0x03); /* DTR, RTS */
}

static void serial_put(char c)
{
    for (unsigned spins = 0; (inb(COM1 + 5) & 0x20) == 0 && spins < 1000000; spins++)
        __asm__ volatile("pause");
    outb(COM1, (uint8_t)c);
}

void solo5_console_write(const char *buf, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        if (buf[i] == '\n')
            serial_put('\r');
        serial_put(buf[i]);
    }
}

void virtio_puts(const char *s) { solo5_console_write(s, strlen(s)); }

/* ---- exit ------------------------------------------------------------- */

static void spin_ms(unsigned ms)
{
    uint64_t hz = tsc_hz ? tsc_hz : 1000000000ull, t0 = rdtsc();
    while (rdtsc() - t0 < hz / 1000 * ms)
        __asm__ volatile("pause");
}

static void acpi_power_off(void)
{
    /* PM1a control, SLP_TYP 0 (QEMU's S5) | SLP_EN: at 0x604 where SeaBIOS puts the PIIX4 and
     * ICH9 power-management block, 0xb004 on older Bochs/QEMU. Takes effect asynchronously. */
    outw(0x604, 0x2000);
    outw(0xb004, 0x2000);
    spin_ms(200);
}

static __attribute__((noreturn)) void power_off(int status)
{
    __asm__ volatile("cli");
    virtio_net_drain(10000000);
    if (status == 0)
        acpi_power_off();
    outl(0xf4, (uint32_t)(status >= 0 && status < 127 ? status : 127)); /* isa-debug-exit */
    spin_ms(200);
    acpi_power_off();
    for (;;)
        __asm__ volatile("cli; hlt");
}

void solo5_exit(int status) { power_off(status); }

void solo5_abort(void)
{
    virtio_puts("mirage-solo5: abort\n");
    power_off(SOLO5_EXIT_ABORT);
}

void virtio_boot_fail(const char *what, const char *name, const char *hint)
{
    virtio_puts("mirage-solo5: ");
    virtio_puts(what);
    if (name) {
        virtio_puts(" '");
        virtio_puts(name);
        virtio_puts("'");
    }
    if (hint) {
        virtio_puts(" ");
        virtio_puts(hint);
    }
    virtio_puts("\n");
    power_off(SOLO5_EXIT_FAILURE);
}

/* ---- memory ----------------------------------------------------------- */

static _Alignas(4096) uint64_t pml4[512], pdpt[512], pd[4][512], pt[MAX_IMAGE_PT][512];

#define P 1ull
#define W 2ull
#define PS 0x80ull

/* The final page tables: 4 KiB pages over the image's 2 MiB regions so each segment gets its
 * own rights, 2 MiB pages above, the first 4 GiB in all (RAM and the PCI hole). */
static void paging_init(void)
{
    uint64_t nx = mirage_virtio_nx ? 1ull << 63 : 0;
    uint64_t text = (uintptr_t)__text_start, text_end = (uintptr_t)__text_end;
    uint64_t ro_end = (uintptr_t)__rodata_end;
    uint64_t regions = ((uintptr_t)_end + (2u << 20) - 1) >> 21;
    if (regions > MAX_IMAGE_PT)
        virtio_boot_fail("the image is larger than 128 MiB", 0, 0);
    pml4[0] = (uintptr_t)pdpt | P | W;
    for (int i = 0; i < 4; i++)
        pdpt[i] = (uintptr_t)pd[i] | P | W;
    for (uint64_t r = 0; r < 2048; r++) {
        uint64_t base = r << 21;
        if (r >= regions) {
            pd[r >> 9][r & 511] = base | P | W | PS | nx;
            continue;
        }
        pd[r >> 9][r & 511] = (uintptr_t)pt[r] | P | W;
        for (uint64_t k = 0; k < 512; k++) {
            uint64_t a = base + (k << 12), e;
            if (a == 0)
                e = 0; /* NULL */
            else if (a >= text && a < text_end)
                e = a | P;
            else if (a >= text_end && a < ro_end)
                e = a | P | nx;
            else
                e = a | P | W | nx;
            pt[r][k] = e;
        }
    }
    __asm__ volatile("movq %0, %%cr3" : : "r"((uintptr_t)pml4) : "memory");
}

void *virtio_alloc_pages(uint64_t bytes)
{
    bytes = (bytes + 4095) & ~4095ull;
    if (alloc_top - alloc_floor < bytes)
        virtio_boot_fail("not enough memory for the devices' rings and buffers (give QEMU more with -m)", 0, 0);
    alloc_top -= bytes;
    memset((void *)(uintptr_t)alloc_top, 0, bytes);
    return (void *)(uintptr_t)alloc_top;
}

/* ---- interrupts and timers -------------------------------------------- */

static void pic_init(void)
{
    /* Remap IRQs 0-15 to vectors 32-47 (the traps take 0-31), everything masked. */
    outb(0x20, 0x11);
    outb(0xa0, 0x11);
    outb(0x21, 32);
    outb(0xa1, 40);
    outb(0x21, 4);
    outb(0xa1, 2);
    outb(0x21, 1);
    outb(0xa1, 1);
    pic_mask = 0xffff & ~(1u << 2); /* the cascade */
    pic_mask &= ~1u;                /* IRQ 0: the PIT */
    outb(0x21, pic_mask & 0xff);
    outb(0xa1, pic_mask >> 8);
}

void virtio_irq_unmask(unsigned irq)
{
    pic_mask &= (uint16_t)~(1u << irq);
    outb(0x21, pic_mask & 0xff);
    outb(0xa1, pic_mask >> 8);
}

void mirage_irq_handler(unsigned irq)
{
    if (irq != 0)
        virtio_irq(irq);
    if (irq >= 8)
        outb(0xa0, 0x20);
    outb(0x20, 0x20);
}

/* PIT channel 0, mode 0: one interrupt after `ticks` (1..65535) ticks of 1.193182 MHz. */
static void pit_oneshot(uint32_t ticks)
{
    outb(0x43, 0x30);
    outb(0x40, ticks & 0xff);
    outb(0x40, (ticks >> 8) & 0xff);
}

/* The TSC rate: TSC ticks over 10 ms of PIT channel 2 (gated by port 0x61, not wired to an IRQ). */
static uint64_t tsc_calibrate(void)
{
    const uint32_t ticks = (uint32_t)(PIT_HZ / 100);
    outb(0x61, (inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
    outb(0x43, 0xb0);                        /* channel 2, lo/hi, mode 0 */
    outb(0x42, ticks & 0xff);
    outb(0x42, ticks >> 8);
    uint64_t t0 = rdtsc();
    while ((inb(0x61) & 0x20) == 0)
        ;
    uint64_t t1 = rdtsc();
    outb(0x61, inb(0x61) & ~0x01);
    return (t1 - t0) * 100;
}

static uint8_t cmos(uint8_t reg)
{
    outb(0x70, reg);
    return inb(0x71);
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

/* Seconds since the epoch from the CMOS RTC (UTC, as QEMU keeps it by default). */
static uint64_t rtc_seconds(void)
{
    uint8_t now[7], again[7];
    static const uint8_t regs[7] = {0x00, 0x02, 0x04, 0x07, 0x08, 0x09, 0x32};
    do {
        while (cmos(0x0a) & 0x80) /* update in progress */
            ;
        for (int i = 0; i < 7; i++)
            now[i] = cmos(regs[i]);
        while (cmos(0x0a) & 0x80)
            ;
        for (int i = 0; i < 7; i++)
            again[i] = cmos(regs[i]);
    } while (memcmp(now, again, sizeof now) != 0);
    uint8_t b = cmos(0x0b);
    int pm = (now[2] & 0x80) != 0;
    now[2] &= 0x7f;
    if ((b & 0x04) == 0) /* BCD */
        for (int i = 0; i < 7; i++)
            now[i] = (uint8_t)((now[i] >> 4) * 10 + (now[i] & 15));
    if ((b & 0x02) == 0) /* 12-hour clock */
        now[2] = (uint8_t)(now[2] % 12 + (pm ? 12 : 0));
    unsigned century = now[6] >= 19 && now[6] <= 99 ? now[6] : 20;
    int64_t days = days_from_civil(century * 100 + now[5], now[4], now[3]);
    return (uint64_t)(days * 86400 + now[2] * 3600 + now[1] * 60 + now[0]);
}

solo5_time_t solo5_clock_monotonic(void)
{
    uint64_t d = rdtsc() - tsc_boot;
    return (d / tsc_hz) * 1000000000ull + ((d % tsc_hz) * 1000000000ull) / tsc_hz;
}

solo5_time_t solo5_clock_wall(void) { return wall_boot + solo5_clock_monotonic(); }

void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set)
{
    for (;;) {
        solo5_handle_set_t ready = virtio_net_ready();
        solo5_time_t now = solo5_clock_monotonic();
        if (ready != 0 || now >= deadline) {
            if (ready_set)
                *ready_set = ready;
            return;
        }
        uint64_t ns = deadline - now;
        if (ns > 50000000ull)
            ns = 50000000ull;
        uint64_t ticks = ns * PIT_HZ / 1000000000ull + 1;
        pit_oneshot((uint32_t)(ticks > 65535 ? 65535 : ticks));
        /* sti takes effect after the next instruction: an interrupt that is already pending
         * wakes this hlt instead of being lost before it. */
        __asm__ volatile("sti; hlt; cli" ::: "memory");
    }
}

/* ---- start ------------------------------------------------------------ */

struct multiboot_info {
    uint32_t flags, mem_lower, mem_upper, boot_device, cmdline;
};

__attribute__((noreturn, used)) void mirage_virtio_start(uint32_t mbi_addr)
{
    mirage_traps_init();
    serial_init();
    const struct multiboot_info *mbi = (const struct multiboot_info *)(uintptr_t)mbi_addr;
    if ((mbi->flags & 1) == 0)
        virtio_boot_fail("the boot loader gave no memory size (multiboot flag 0)", 0, 0);
    /* The command line: the loader's copy sits right after the image, where the heap will be,
     * so copy it now. QEMU and GRUB put the kernel's path first: drop that word. */
    if (mbi->flags & 4) {
        const char *s = (const char *)(uintptr_t)mbi->cmdline;
        while (*s && *s != ' ')
            s++;
        while (*s == ' ')
            s++;
        size_t n = strlen(s);
        if (n >= sizeof cmdline)
            virtio_boot_fail("the command line is too long (at most 8191 bytes)", 0, 0);
        memcpy(cmdline, s, n + 1);
    }
    uint64_t mem = ((uint64_t)mbi->mem_upper + 1024) * 1024;
    if (mem > (4ull << 30))
        mem = 4ull << 30;
    paging_init();
    pic_init();
    tsc_hz = tsc_calibrate();
    if (tsc_hz < 1000000)
        virtio_boot_fail("the TSC does not advance", 0, 0);
    tsc_boot = rdtsc();
    wall_boot = rtc_seconds() * 1000000000ull;

    const struct ms5_mft *note = (const struct ms5_mft *)(mirage_solo5_manifest_note + MS5_MFT1_PAYLOAD_OFFSET);
    if (note->version != MS5_MFT_VERSION || note->entries == 0 || note->entries > MS5_MFT_MAX_ENTRIES)
        virtio_boot_fail("the image's device manifest is invalid", 0, 0);
    memcpy(mft_copy, note, MS5_MFT_SIZE(note->entries));
    mft = (struct ms5_mft *)mft_copy;
    alloc_top = mem & ~4095ull;
    alloc_floor = (((uintptr_t)_end + 4095) & ~4095ull) + MIRAGE_SOLO5_STACK_SIZE + (1u << 20);
    virtio_devices_init(mft);
    mirage_virtio_enter(alloc_top, cmdline, alloc_top);
}

const char *mirage_solo5_target(void) { return "virtio"; }

const char *mirage_solo5_cmdline(void) { return cmdline; }

solo5_result_t solo5_set_tls_base(uintptr_t base)
{
    __asm__ volatile("wrmsr" : : "c"(0xc0000100u), "a"((uint32_t)base), "d"((uint32_t)(base >> 32)));
    return SOLO5_R_OK;
}

int mirage_solo5_device(unsigned index, const char **name, unsigned *type)
{
    if (mft == 0 || index >= mft->entries)
        return -1;
    *name = mft->e[index].name;
    *type = mft->e[index].type;
    return 0;
}

/* ---- devices ---------------------------------------------------------- */

solo5_result_t solo5_net_acquire(const char *name, solo5_handle_t *handle, struct solo5_net_info *info)
{
    return ms5_net_acquire(mft, name, handle, info);
}

solo5_result_t solo5_net_read(solo5_handle_t h, uint8_t *buf, size_t size, size_t *read_size)
{
    return virtio_net_read(h, buf, size, read_size);
}

solo5_result_t solo5_net_write(solo5_handle_t h, const uint8_t *buf, size_t size)
{
    return virtio_net_write(h, buf, size);
}

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle, struct solo5_block_info *info)
{
    return ms5_block_acquire(mft, name, handle, info);
}

static solo5_result_t block_io(int write, solo5_handle_t h, solo5_off_t off, uint8_t *buf, size_t size)
{
    const struct ms5_mft_entry *e = ms5_device(mft, h, MS5_DEV_BLOCK_BASIC);
    if (e == 0)
        return SOLO5_R_EINVAL;
    uint64_t bs = e->u.block.block_size;
    if (bs == 0 || size != bs || off % bs != 0 || off > e->u.block.capacity - bs || e->u.block.capacity < bs)
        return SOLO5_R_EINVAL;
    return virtio_block_io(h, write, off / 512, buf);
}

solo5_result_t solo5_block_read(solo5_handle_t h, solo5_off_t off, uint8_t *buf, size_t size)
{
    return block_io(0, h, off, buf, size);
}

solo5_result_t solo5_block_write(solo5_handle_t h, solo5_off_t off, const uint8_t *buf, size_t size)
{
    return block_io(1, h, off, (uint8_t *)buf, size);
}

/* ---- the ABI1 note: this image is for virtio, version 1 --------------- */

struct abi_note {
    struct ms5_note_head head;
    struct ms5_abi1 desc;
};

__attribute__((section(".note.solo5.abi"), aligned(4), used))
const struct abi_note mirage_solo5_abi_note = {
    .head = {.namesz = MS5_NOTE_OWNER_SIZE, .descsz = sizeof(struct ms5_abi1), .type = MS5_NOTE_ABI1, .name = MS5_NOTE_OWNER},
    .desc = {.target = MS5_TARGET_VIRTIO, .version = 1},
};
