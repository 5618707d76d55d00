/*
 * mirage-hvt — the hvt tender shipped by @mirage/platform-solo5: boots a Solo5
 * hvt unikernel on Linux KVM.
 *
 *   mirage-hvt [--mem=MB] [--net:NAME=IFACE|@FD] [--net-mac:NAME=MAC]
 *              [--block:NAME=PATH] [--] KERNEL [ARGS...]
 *   mirage-hvt --check-kvm
 *
 * Upstream solo5-hvt's command line and guest contract (the reference; use it
 * when it is installed, `mirage run -t hvt` does):
 *
 *   - one vCPU entered in 64-bit long mode, %rdi = &boot_info, %rsp =
 *     mem_size - 8, interrupts off; upstream's low-memory layout: GDT 0x1000,
 *     page tables 0x2000..0x8fff, pages below 0x10000 not present (a NULL
 *     access faults), 0x10000..0xfffff (boot info, manifest, command line)
 *     read-only, the rest identity-mapped read-write with 2 MiB pages;
 *   - W^X from the ELF segments: code and read-only data are read-only in
 *     the host mapping, so a guest write to them stops the guest (KVM_RUN
 *     fails with EFAULT) instead of silently succeeding;
 *   - hypercalls: `outl` of a 32-bit guest-physical struct address to port
 *     0x500 + n: walltime, puts, poll, block write/read, net write/read, halt;
 *   - --solo5:* arguments after KERNEL are the guest's (its start code reads
 *     them), as upstream.
 *
 * No GDB server, no core dumps, no seccomp sandbox: those are upstream's.
 * Every device in the manifest must be attached; the exit status is the
 * guest's (1 when this tender refuses or the guest dies).
 *
 * The image reading, ABI check and --mem parsing it shares with mirage-spt are
 * in native/tender-common/.
 *
 * Written for this project from the public description of the Solo5 hvt ABI
 * and the Linux KVM API (Documentation/virt/kvm/api.rst); no Solo5 code.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <linux/if_tun.h>
#include <linux/kvm.h>
#include <net/if.h>
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <x86intrin.h>

#include "../include/mirage_solo5_abi.h"
#include "../tender-common/tender-common.h"

#define PROG "mirage-hvt"
#define DEFAULT_MEM_MB 32u
/* Hypercall arguments are 32-bit addresses: all of memory is below 4 GiB (upstream's limit). */
#define MAX_MEM_MB 4096u

/* Guest-physical low memory (all below MS5_HVT_BOOT_INFO_BASE), upstream's layout. */
#define GDT_BASE  0x1000u
#define PML4_BASE 0x2000u
#define PDPT_BASE 0x3000u
#define PD_BASE   0x4000u /* one page per GiB: 0x4000..0x7fff for 4 GiB */
#define PT0_BASE  0x8000u /* 4 KiB pages for the first 2 MiB */

#define CR0_PE (1u << 0)
#define CR0_MP (1u << 1)
#define CR0_ET (1u << 4)
#define CR0_NE (1u << 5)
#define CR0_WP (1u << 16)
#define CR0_PG (1u << 31)
#define CR4_PAE (1u << 5)
#define CR4_OSFXSR (1u << 9)
#define CR4_OSXMMEXCPT (1u << 10)
#define EFER_LME (1u << 8)
#define EFER_LMA (1u << 10)
#define PTE_P (1u << 0)
#define PTE_RW (1u << 1)
#define PTE_PS (1u << 7)
#define PAGE 0x1000ull

/* solo5_result_t values (mirage_solo5.h), returned in the hypercall structs. */
enum { RES_OK = 0, RES_AGAIN = 1, RES_EINVAL = 2, RES_EUNSPEC = 3 };

const struct tender_info tender = {
    .prog = PROG,
    .target = MS5_TARGET_HVT,
    .abi_version = MS5_HVT_ABI_VERSION,
    .abi_note_max = UINT32_MAX,
    .spt_tenders = ": mirage-spt or solo5-spt",
    .max_mem_mb = MAX_MEM_MB,
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: " PROG " [OPTIONS] [--] KERNEL [ARGS...]\n"
            "Boots the Solo5 hvt unikernel KERNEL on KVM. ARGS become its command line\n"
            "(--solo5:quiet|error|warn|info|debug among them are read by the guest).\n"
            "Options:\n"
            "  --mem=MB                  guest memory in MiB (2..%u, default %u)\n"
            "  --net:NAME=IFACE | --net:NAME=@FD   attach TAP IFACE (or open fd FD) as NAME\n"
            "  --net-mac:NAME=MAC        MAC address of NAME (default random)\n"
            "  --block:NAME=PATH         attach file PATH as block device NAME (512-byte sectors)\n"
            "  --check-kvm               exit 0 when KVM here runs a guest, SSE and x87 included\n"
            "  --help, --version\n"
            "Every device in KERNEL's manifest must be attached.\n",
            MAX_MEM_MB, DEFAULT_MEM_MB);
}

/* ---- the image ---------------------------------------------------------- */

static void read_image(const char *path, struct image *img)
{
    image_read(path, img);
    const Elf64_Ehdr *eh = img->eh;
    if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB ||
        eh->e_machine != EM_X86_64 || eh->e_type != ET_EXEC)
        die("%s: not a static x86_64 ELF executable", path);
    image_check_phdrs(path, img);
}

static struct ms5_mft *load_manifest(const struct image *img, size_t *size)
{
    size_t len;
    struct ms5_mft *m = manifest_note(img, &len);
    if (m->version != MS5_MFT_VERSION || m->entries < 1 || m->entries > MS5_MFT_MAX_ENTRIES ||
        len != MS5_MFT_SIZE(m->entries) || m->e[0].type != MS5_DEV_RESERVED_FIRST)
        die("%s: malformed Solo5 manifest", kernel_path);
    for (uint32_t i = 1; i < m->entries; i++) {
        if (m->e[i].name[MS5_MFT_NAME_MAX] != 0 || m->e[i].attached ||
            (m->e[i].type != MS5_DEV_NET_BASIC && m->e[i].type != MS5_DEV_BLOCK_BASIC))
            die("%s: malformed Solo5 manifest (entry %u)", kernel_path, i);
    }
    *size = len;
    return m;
}

/* ---- devices ------------------------------------------------------------ */

static struct ms5_mft *mft;
static int hostfd[MS5_MFT_MAX_ENTRIES];
static bool mac_set[MS5_MFT_MAX_ENTRIES];

/* "--net:NAME=VALUE": the manifest entry NAME (which must have `type`); VALUE in *value. */
static uint32_t named_device(const char *arg, size_t prefix, uint32_t type, const char **value)
{
    const char *name = arg + prefix, *eq = strchr(name, '=');
    if (eq == NULL || eq == name || eq[1] == 0)
        die("%s: expected %.*sNAME=VALUE", arg, (int)prefix, arg);
    size_t nlen = (size_t)(eq - name);
    for (uint32_t i = 1; i < mft->entries; i++) {
        if (strlen(mft->e[i].name) != nlen || memcmp(mft->e[i].name, name, nlen) != 0)
            continue;
        if (mft->e[i].type != type)
            die("%s: device '%.*s' is a %s device in the manifest of %s", arg, (int)nlen, name,
                mft->e[i].type == MS5_DEV_NET_BASIC ? "network" : "block", kernel_path);
        *value = eq + 1;
        return i;
    }
    char list[512] = "none";
    size_t at = 0;
    for (uint32_t i = 1; i < mft->entries && at < sizeof list; i++)
        at += (size_t)snprintf(list + at, sizeof list - at, "%s%s (%s)", i > 1 ? ", " : "",
                               mft->e[i].name,
                               mft->e[i].type == MS5_DEV_NET_BASIC ? "net" : "block");
    die("%s: %s declares no %s device named '%.*s' (declared: %s)", arg, kernel_path,
        type == MS5_DEV_NET_BASIC ? "network" : "block", (int)nlen, name, list);
}

static int tap_open(const char *arg, const char *ifname, uint16_t *mtu)
{
    *mtu = 1500;
    if (ifname[0] == '@') {
        char *end;
        errno = 0;
        long fd = strtol(ifname + 1, &end, 10);
        int fl = (errno == 0 && end != ifname + 1 && *end == 0 && fd >= 0 && fd <= INT_MAX)
                     ? fcntl((int)fd, F_GETFL)
                     : -1;
        if (fl < 0 || fcntl((int)fd, F_SETFL, fl | O_NONBLOCK) < 0)
            die("%s: expected @FD with FD an open descriptor", arg);
        return (int)fd;
    }
    if (strlen(ifname) >= IFNAMSIZ)
        die("%s: interface name too long", arg);
    struct ifreq ifr;
    int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    /* The interface must exist (opening /dev/net/tun would create it) and be up. */
    if (sock < 0 || ioctl(sock, SIOCGIFFLAGS, &ifr) < 0)
        die("%s: no network interface '%s' (create it first: `ip tuntap add %s mode tap && "
            "ip link set %s up`)",
            arg, ifname, ifname, ifname);
    if (!(ifr.ifr_flags & IFF_UP))
        die("%s: interface '%s' is down (`ip link set %s up`)", arg, ifname, ifname);
    if (ioctl(sock, SIOCGIFMTU, &ifr) == 0 && ifr.ifr_mtu > 0 && ifr.ifr_mtu <= 65535 - 14)
        *mtu = (uint16_t)ifr.ifr_mtu;
    close(sock);
    int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        die("%s: cannot open /dev/net/tun: %s", arg, strerror(errno));
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
    if (ioctl(fd, TUNSETIFF, &ifr) < 0)
        die("%s: cannot attach to TAP interface '%s': %s", arg, ifname, strerror(errno));
    return fd;
}

static void parse_mac(const char *arg, const char *s, uint8_t mac[6])
{
    unsigned v[6];
    char tail;
    if (sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%c", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
               &tail) != 6 || (v[0] & 1))
        die("%s: expected a unicast MAC address like 02:00:00:00:00:01", arg);
    for (int k = 0; k < 6; k++)
        mac[k] = (uint8_t)v[k];
}

/* ---- KVM ---------------------------------------------------------------- */

static int kvm_fd = -1, vm_fd = -1, vcpu_fd = -1;
static struct kvm_run *run;
static uint8_t *mem;
static uint64_t mem_size;

static void kvm_open(void)
{
    kvm_fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
    if (kvm_fd < 0)
        die("cannot open /dev/kvm: %s", strerror(errno));
    int v = ioctl(kvm_fd, KVM_GET_API_VERSION, 0);
    if (v < 0)
        die("/dev/kvm is not a KVM device (KVM_GET_API_VERSION: %s)", strerror(errno));
    if (v != KVM_API_VERSION)
        die("/dev/kvm speaks KVM API version %d, expected %d", v, KVM_API_VERSION);
    vm_fd = ioctl(kvm_fd, KVM_CREATE_VM, 0);
    if (vm_fd < 0)
        die("KVM_CREATE_VM failed: %s", strerror(errno));
    vcpu_fd = ioctl(vm_fd, KVM_CREATE_VCPU, 0);
    if (vcpu_fd < 0)
        die("KVM_CREATE_VCPU failed: %s", strerror(errno));
    int sz = ioctl(kvm_fd, KVM_GET_VCPU_MMAP_SIZE, 0);
    if (sz < (int)sizeof *run)
        die("KVM_GET_VCPU_MMAP_SIZE failed: %s", strerror(errno));
    run = mmap(NULL, (size_t)sz, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu_fd, 0);
    if (run == MAP_FAILED)
        die("cannot map the vCPU's kvm_run: %s", strerror(errno));
}

static void map_memory(void)
{
    mem = mmap(NULL, mem_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
               -1, 0);
    if (mem == MAP_FAILED)
        die("cannot map %" PRIu64 " MiB of guest memory: %s", mem_size >> 20, strerror(errno));
    struct kvm_userspace_memory_region r = {
        .slot = 0, .guest_phys_addr = 0, .memory_size = mem_size, .userspace_addr = (uintptr_t)mem};
    if (ioctl(vm_fd, KVM_SET_USER_MEMORY_REGION, &r) < 0)
        die("KVM_SET_USER_MEMORY_REGION failed: %s", strerror(errno));
}

/* Whether [addr, addr + len) lies in guest memory. */
static bool in_guest(uint64_t addr, uint64_t len)
{
    return addr <= mem_size && len <= mem_size - addr;
}

static uint64_t load_segments(const struct image *img)
{
    uint64_t end = 0;
    for (unsigned i = 0; i < img->eh->e_phnum; i++) {
        const Elf64_Phdr *p = &img->ph[i];
        if (p->p_type != PT_LOAD || p->p_memsz == 0)
            continue;
        if (p->p_vaddr < MS5_GUEST_MIN_BASE)
            die("%s: segment %u at 0x%" PRIx64 " is below 0x%x", kernel_path, i,
                (uint64_t)p->p_vaddr, MS5_GUEST_MIN_BASE);
        if (p->p_memsz < p->p_filesz || !in_guest(p->p_vaddr, p->p_memsz))
            die("%s: segment %u (0x%" PRIx64 "+0x%" PRIx64 ") does not fit in %" PRIu64
                " MiB of guest memory (raise --mem)",
                kernel_path, i, (uint64_t)p->p_vaddr, (uint64_t)p->p_memsz, mem_size >> 20);
        if ((p->p_flags & PF_W) && (p->p_flags & PF_X))
            die("%s: segment %u is both writable and executable", kernel_path, i);
        if (p->p_offset > img->size || p->p_filesz > img->size - p->p_offset)
            die("%s: segment %u lies outside the file", kernel_path, i);
        memcpy(mem + p->p_vaddr, img->bytes + p->p_offset, p->p_filesz);
        memset(mem + p->p_vaddr + p->p_filesz, 0, p->p_memsz - p->p_filesz);
        uint64_t stop = (p->p_vaddr + p->p_memsz + 0xfff) & ~0xfffull;
        if (stop > end)
            end = stop;
    }
    if (end == 0)
        die("%s: no loadable segments", kernel_path);
    if (img->eh->e_entry < MS5_GUEST_MIN_BASE || img->eh->e_entry >= end)
        die("%s: entry point 0x%" PRIx64 " is outside the image", kernel_path,
            (uint64_t)img->eh->e_entry);
    if (end > mem_size - 0x10000)
        die("%s: the image leaves no room for a stack in %" PRIu64 " MiB (raise --mem)",
            kernel_path, mem_size >> 20);
    return end;
}

/*
 * W^X in the host mapping, from the ELF segments: code and read-only data become
 * read-only (KVM maps them read-only for the guest; a guest write fails KVM_RUN with
 * EFAULT). A writable segment sharing a page with a read-only one is refused.
 */
static void protect_segments(const struct image *img)
{
    for (unsigned i = 0; i < img->eh->e_phnum; i++) {
        const Elf64_Phdr *p = &img->ph[i];
        if (p->p_type != PT_LOAD || p->p_memsz == 0 || (p->p_flags & PF_W))
            continue;
        uint64_t lo = p->p_vaddr & ~(PAGE - 1), hi = (p->p_vaddr + p->p_memsz + PAGE - 1) & ~(PAGE - 1);
        for (unsigned j = 0; j < img->eh->e_phnum; j++) {
            const Elf64_Phdr *w = &img->ph[j];
            if (w->p_type == PT_LOAD && (w->p_flags & PF_W) && w->p_memsz != 0 &&
                w->p_vaddr < hi && w->p_vaddr + w->p_memsz > lo)
                die("%s: writable segment %u shares a page with read-only segment %u (link "
                    "with -z max-page-size=0x1000 and page-aligned segments)",
                    kernel_path, j, i);
        }
        if (mprotect(mem + lo, hi - lo, PROT_READ) < 0)
            die("mprotect of guest segment %u: %s", i, strerror(errno));
    }
}

/*
 * Page tables (upstream's): identity map of all of guest memory; the first 2 MiB in
 * 4 KiB pages so that pages below the boot info are not present (a NULL access
 * faults in the guest) and the boot info area is read-only; the rest 2 MiB pages.
 */
static void setup_vcpu(uint64_t entry, uint64_t boot_info)
{
    uint64_t *pml4 = (uint64_t *)(mem + PML4_BASE), *pdpt = (uint64_t *)(mem + PDPT_BASE);
    uint64_t *pd = (uint64_t *)(mem + PD_BASE), *pt0 = (uint64_t *)(mem + PT0_BASE);
    uint64_t pages = (mem_size + (2u << 20) - 1) >> 21, gibs = (pages + 511) / 512;
    memset(mem + PML4_BASE, 0, PT0_BASE + PAGE - PML4_BASE);
    pml4[0] = PDPT_BASE | PTE_P | PTE_RW;
    for (uint64_t g = 0; g < gibs; g++)
        pdpt[g] = (PD_BASE + g * PAGE) | PTE_P | PTE_RW;
    pd[0] = PT0_BASE | PTE_P | PTE_RW;
    for (uint64_t a = MS5_HVT_BOOT_INFO_BASE; a < (2u << 20); a += PAGE)
        pt0[a / PAGE] = a | PTE_P | (a >= MS5_GUEST_MIN_BASE ? PTE_RW : 0);
    for (uint64_t i = 1; i < pages; i++)
        pd[i] = (i << 21) | PTE_P | PTE_RW | PTE_PS;

    /* GDT: null, 64-bit code (0x08), data (0x10), a 16-byte TSS descriptor (0x18). */
    uint64_t *gdt = (uint64_t *)(mem + GDT_BASE);
    gdt[0] = 0;
    gdt[1] = 0x00af9b000000ffffull; /* P, DPL 0, S, type 0xb, L, G */
    gdt[2] = 0x00cf93000000ffffull; /* P, DPL 0, S, type 0x3, D/B, G */
    gdt[3] = 0x00008b0000000067ull; /* P, type 0xb (busy 64-bit TSS), limit 0x67 */
    gdt[4] = 0;

    struct kvm_sregs sr;
    if (ioctl(vcpu_fd, KVM_GET_SREGS, &sr) < 0)
        die("KVM_GET_SREGS failed: %s", strerror(errno));
    struct kvm_segment code = {.base = 0, .limit = 0xffffffff, .selector = 0x08, .type = 0xb,
                               .present = 1, .dpl = 0, .db = 0, .s = 1, .l = 1, .g = 1};
    struct kvm_segment data = {.base = 0, .limit = 0xffffffff, .selector = 0x10, .type = 0x3,
                               .present = 1, .dpl = 0, .db = 1, .s = 1, .l = 0, .g = 1};
    struct kvm_segment tss = {.base = 0, .limit = 0x67, .selector = 0x18, .type = 0xb,
                              .present = 1, .s = 0};
    sr.cs = code;
    sr.ds = sr.es = sr.fs = sr.gs = sr.ss = data;
    sr.tr = tss;
    memset(&sr.ldt, 0, sizeof sr.ldt);
    sr.ldt.type = 0x2;
    sr.ldt.unusable = 1;
    sr.gdt.base = GDT_BASE;
    sr.gdt.limit = 5 * 8 - 1;
    sr.idt.base = 0;
    sr.idt.limit = 0; /* until the guest loads its own, an exception is a triple fault */
    sr.cr0 = CR0_PE | CR0_MP | CR0_ET | CR0_NE | CR0_WP | CR0_PG;
    sr.cr3 = PML4_BASE;
    sr.cr4 = CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT;
    sr.efer = EFER_LME | EFER_LMA;
    if (ioctl(vcpu_fd, KVM_SET_SREGS, &sr) < 0)
        die("KVM_SET_SREGS failed: %s", strerror(errno));

    /* CPUID: what KVM supports (long mode must be visible to the guest). */
    for (unsigned n = 64; n <= 4096; n *= 2) {
        struct kvm_cpuid2 *c = calloc(1, sizeof *c + n * sizeof(struct kvm_cpuid_entry2));
        if (c == NULL)
            die("out of memory");
        c->nent = n;
        if (ioctl(kvm_fd, KVM_GET_SUPPORTED_CPUID, c) == 0) {
            if (ioctl(vcpu_fd, KVM_SET_CPUID2, c) < 0)
                die("KVM_SET_CPUID2 failed: %s", strerror(errno));
            free(c);
            break;
        }
        free(c);
        if (errno != E2BIG)
            die("KVM_GET_SUPPORTED_CPUID failed: %s", strerror(errno));
    }

    struct kvm_fpu fpu = {.fcw = 0x37f, .mxcsr = 0x1f80};
    (void)ioctl(vcpu_fd, KVM_SET_FPU, &fpu); /* best effort: the bindings use no FPU */

    struct kvm_regs regs = {.rip = entry, .rsp = mem_size - 8, .rdi = boot_info, .rflags = 0x2};
    if (ioctl(vcpu_fd, KVM_SET_REGS, &regs) < 0)
        die("KVM_SET_REGS failed: %s", strerror(errno));
}

static uint64_t tsc_frequency(void)
{
#ifdef KVM_GET_TSC_KHZ
    int khz = ioctl(vcpu_fd, KVM_GET_TSC_KHZ, 0);
    if (khz > 0)
        return (uint64_t)khz * 1000u;
#endif
    /* Calibrate the host TSC against CLOCK_MONOTONIC over ~50 ms. */
    struct timespec a, b, d = {0, 50000000};
    clock_gettime(CLOCK_MONOTONIC, &a);
    uint64_t t0 = __rdtsc();
    nanosleep(&d, NULL);
    uint64_t t1 = __rdtsc();
    clock_gettime(CLOCK_MONOTONIC, &b);
    uint64_t ns = (uint64_t)(b.tv_sec - a.tv_sec) * 1000000000u + (uint64_t)b.tv_nsec -
                  (uint64_t)a.tv_nsec;
    return ns ? (t1 - t0) * 1000000000u / ns : 1000000000u;
}

/* ---- hypercalls ---------------------------------------------------------- */

#define ARG(type, gpa)                                                                            \
    ({                                                                                            \
        if (!in_guest((gpa), sizeof(type)))                                                       \
            die("guest passed a hypercall argument outside its memory (0x%" PRIx64 ")",          \
                (uint64_t)(gpa));                                                                 \
        (type *)(mem + (gpa));                                                                    \
    })

static bool attached(uint64_t h, uint32_t type)
{
    return h > 0 && h < mft->entries && mft->e[h].type == type && mft->e[h].attached;
}

static void write_all(int fd, const uint8_t *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        p += w;
        n -= (size_t)w;
    }
}

static void hc_poll(struct ms5_hvt_poll *a)
{
    struct pollfd fds[MS5_MFT_MAX_ENTRIES];
    uint32_t handle[MS5_MFT_MAX_ENTRIES];
    nfds_t n = 0;
    for (uint32_t i = 1; i < mft->entries; i++)
        if (mft->e[i].type == MS5_DEV_NET_BASIC) {
            fds[n] = (struct pollfd){.fd = hostfd[i], .events = POLLIN};
            handle[n++] = i;
        }
    struct timespec ts = {.tv_sec = (time_t)(a->timeout_nsecs / 1000000000u),
                          .tv_nsec = (long)(a->timeout_nsecs % 1000000000u)};
    int r = ppoll(fds, n, &ts, NULL);
    if (r < 0 && errno != EINTR)
        die("ppoll: %s", strerror(errno));
    uint64_t ready = 0;
    for (nfds_t k = 0; r > 0 && k < n; k++)
        if (fds[k].revents & POLLIN)
            ready |= 1ull << handle[k];
    a->ready_set = ready;
    a->ret = r > 0 ? r : 0;
}

static void hc_block(int call, struct ms5_hvt_block_io *a)
{
    a->ret = RES_EINVAL;
    if (!attached(a->handle, MS5_DEV_BLOCK_BASIC))
        return;
    const struct ms5_mft_entry *e = &mft->e[a->handle];
    uint64_t bs = e->u.block.block_size;
    if (a->len != bs || a->offset % bs != 0 || a->offset > e->u.block.capacity - bs ||
        !in_guest(a->data, a->len))
        return;
    ssize_t r = call == MS5_HVT_BLOCK_READ
                    ? pread(hostfd[a->handle], mem + a->data, a->len, (off_t)a->offset)
                    : pwrite(hostfd[a->handle], mem + a->data, a->len, (off_t)a->offset);
    a->ret = r == (ssize_t)a->len ? RES_OK : RES_EUNSPEC;
}

static void hc_net_write(struct ms5_hvt_net_io *a)
{
    if (!attached(a->handle, MS5_DEV_NET_BASIC) || a->len > 65535 || !in_guest(a->data, a->len)) {
        a->ret = RES_EINVAL;
        return;
    }
    ssize_t w = write(hostfd[a->handle], mem + a->data, a->len);
    a->ret = w == (ssize_t)a->len ? RES_OK : RES_EUNSPEC;
}

static void hc_net_read(struct ms5_hvt_net_io *a)
{
    if (!attached(a->handle, MS5_DEV_NET_BASIC) || !in_guest(a->data, a->len)) {
        a->ret = RES_EINVAL;
        return;
    }
    ssize_t r = read(hostfd[a->handle], mem + a->data, a->len);
    if (r < 0) {
        a->ret = errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? RES_AGAIN
                                                                           : RES_EUNSPEC;
        return;
    }
    a->len = (uint64_t)r;
    a->ret = RES_OK;
}

static void guest_died(const char *what) __attribute__((noreturn));
static void guest_died(const char *what)
{
    struct kvm_regs r;
    if (ioctl(vcpu_fd, KVM_GET_REGS, &r) == 0)
        die("%s: %s (rip=0x%llx rsp=0x%llx)", kernel_path, what, r.rip, r.rsp);
    die("%s: %s", kernel_path, what);
}

static int vcpu_loop(void)
{
    for (;;) {
        if (ioctl(vcpu_fd, KVM_RUN, 0) < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            if (errno == EFAULT)
                guest_died("host/guest translation fault: the guest wrote to its code or "
                           "read-only data, which the tender maps read-only (W^X)");
            die("KVM_RUN failed: %s", strerror(errno));
        }
        switch (run->exit_reason) {
        case KVM_EXIT_IO: {
            unsigned call = run->io.port - MS5_HVT_PIO_BASE;
            if (run->io.direction != KVM_EXIT_IO_OUT || run->io.size != 4 || run->io.count != 1 ||
                run->io.port < MS5_HVT_PIO_BASE || call < MS5_HVT_WALLTIME || call > MS5_HVT_HALT) {
                char what[96];
                snprintf(what, sizeof what, "unexpected port I/O (%s port 0x%x, size %u)",
                         run->io.direction == KVM_EXIT_IO_OUT ? "out" : "in", run->io.port,
                         run->io.size);
                guest_died(what);
            }
            uint32_t gpa;
            memcpy(&gpa, (uint8_t *)run + run->io.data_offset, 4);
            switch (call) {
            case MS5_HVT_WALLTIME: {
                struct timespec ts;
                clock_gettime(CLOCK_REALTIME, &ts);
                ARG(struct ms5_hvt_walltime, gpa)->nsecs =
                    (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
                break;
            }
            case MS5_HVT_PUTS: {
                struct ms5_hvt_puts *a = ARG(struct ms5_hvt_puts, gpa);
                if (in_guest(a->data, a->len))
                    write_all(STDOUT_FILENO, mem + a->data, a->len);
                break;
            }
            case MS5_HVT_POLL: hc_poll(ARG(struct ms5_hvt_poll, gpa)); break;
            case MS5_HVT_BLOCK_WRITE:
            case MS5_HVT_BLOCK_READ: hc_block((int)call, ARG(struct ms5_hvt_block_io, gpa)); break;
            case MS5_HVT_NET_WRITE: hc_net_write(ARG(struct ms5_hvt_net_io, gpa)); break;
            case MS5_HVT_NET_READ: hc_net_read(ARG(struct ms5_hvt_net_io, gpa)); break;
            case MS5_HVT_HALT: return ARG(struct ms5_hvt_halt, gpa)->exit_status & 0xff;
            }
            break;
        }
        case KVM_EXIT_HLT: guest_died("the guest executed hlt instead of the halt hypercall");
        case KVM_EXIT_SHUTDOWN:
            guest_died("the guest triple-faulted (a CPU exception before its exception "
                       "table was set up, or inside its handler)");
        case KVM_EXIT_MMIO: {
            char what[96];
            snprintf(what, sizeof what, "the guest accessed 0x%llx, outside its %" PRIu64 " MiB",
                     run->mmio.phys_addr, mem_size >> 20);
            guest_died(what);
        }
        case KVM_EXIT_FAIL_ENTRY: {
            char what[96];
            snprintf(what, sizeof what, "KVM could not enter the guest (reason 0x%llx)",
                     run->fail_entry.hardware_entry_failure_reason);
            guest_died(what);
        }
        case KVM_EXIT_INTERNAL_ERROR: {
            char what[128];
            snprintf(what, sizeof what, "KVM internal error %u%s", run->internal.suberror,
                     run->internal.suberror == KVM_INTERNAL_ERROR_EMULATION
                         ? " (an instruction KVM could not emulate: SSE/x87 on a nested KVM? "
                           "see " PROG " --check-kvm)"
                         : "");
            guest_died(what);
        }
        default: {
            char what[64];
            snprintf(what, sizeof what, "unexpected KVM exit %u", run->exit_reason);
            guest_died(what);
        }
        }
    }
}

/* ---- main ---------------------------------------------------------------- */

/*
 * --check-kvm: boots a 55-byte guest that computes with SSE and x87 and halts with
 * the result, because a nested KVM can create VMs yet fail on the first SSE
 * instruction (and a JavaScript unikernel needs both). Source, at 0x100000:
 *   mov $3,%eax; cvtsi2sd %eax,%xmm0; addsd %xmm0,%xmm0; cvttsd2si %xmm0,%eax
 *   fninit; fld1; fadd %st(0),%st; fistpl 0x101000; add 0x101000,%eax
 *   mov %eax,0x101010; mov $0x101008,%eax; mov $0x508,%dx; out %eax,(%dx); hlt
 * i.e. exit status 3*2 + 1*2 = 8 through the halt hypercall (struct at 0x101008).
 */
static int check_kvm(void)
{
    static const uint8_t probe[] = {
        0xb8, 0x03, 0x00, 0x00, 0x00, 0xf2, 0x0f, 0x2a, 0xc0, 0xf2, 0x0f, 0x58, 0xc0, 0xf2,
        0x0f, 0x2c, 0xc0, 0xdb, 0xe3, 0xd9, 0xe8, 0xd8, 0xc0, 0xdb, 0x1c, 0x25, 0x00, 0x10,
        0x10, 0x00, 0x03, 0x04, 0x25, 0x00, 0x10, 0x10, 0x00, 0x89, 0x04, 0x25, 0x10, 0x10,
        0x10, 0x00, 0xb8, 0x08, 0x10, 0x10, 0x00, 0x66, 0xba, 0x08, 0x05, 0xef, 0xf4};
    kernel_path = "the --check-kvm probe guest";
    mem_size = 2u << 20;
    kvm_open();
    map_memory();
    memcpy(mem + MS5_GUEST_MIN_BASE, probe, sizeof probe);
    setup_vcpu(MS5_GUEST_MIN_BASE, 0);
    int status = vcpu_loop();
    if (status != 8)
        die("KVM here runs guests but computes SSE/x87 wrongly (probe result %d, expected 8)",
            status);
    printf("KVM ok: a guest ran, SSE and x87 included\n");
    return 0;
}

int main(int argc, char **argv)
{
    int k = 1;
    for (; k < argc && argv[k][0] == '-'; k++) {
        if (strcmp(argv[k], "--") == 0) {
            k++;
            break;
        }
        if (strcmp(argv[k], "--help") == 0 || strcmp(argv[k], "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argv[k], "--version") == 0) {
            printf(PROG " (@mirage/platform-solo5), hvt ABI version %u\n",
                   MS5_HVT_ABI_VERSION);
            return 0;
        }
        if (strcmp(argv[k], "--check-kvm") == 0)
            return check_kvm();
    }
    if (k >= argc) {
        usage(stderr);
        die("missing KERNEL operand");
    }
    kernel_path = argv[k];
    struct image img;
    read_image(kernel_path, &img);
    check_abi(&img);
    size_t mft_size;
    mft = load_manifest(&img, &mft_size);

    unsigned mem_mb = DEFAULT_MEM_MB;
    for (int i = 1; i < k; i++) {
        const char *a = argv[i], *val;
        uint32_t h;
        if (strcmp(a, "--") == 0)
            break;
        if (strncmp(a, "--mem=", 6) == 0) {
            mem_mb = parse_mem(a);
        } else if (strncmp(a, "--net:", 6) == 0) {
            h = named_device(a, 6, MS5_DEV_NET_BASIC, &val);
            if (mft->e[h].attached)
                die("%s: device '%s' is attached twice", a, mft->e[h].name);
            hostfd[h] = tap_open(a, val, &mft->e[h].u.net.mtu);
            mft->e[h].attached = 1;
        } else if (strncmp(a, "--net-mac:", 10) == 0) {
            h = named_device(a, 10, MS5_DEV_NET_BASIC, &val);
            parse_mac(a, val, mft->e[h].u.net.mac);
            mac_set[h] = true;
        } else if (strncmp(a, "--block:", 8) == 0) {
            h = named_device(a, 8, MS5_DEV_BLOCK_BASIC, &val);
            if (mft->e[h].attached)
                die("%s: device '%s' is attached twice", a, mft->e[h].name);
            int fd = open(val, O_RDWR | O_CLOEXEC);
            if (fd < 0)
                die("%s: cannot open '%s' read-write: %s", a, val, strerror(errno));
            off_t cap = lseek(fd, 0, SEEK_END);
            if (cap < 512 || cap % 512 != 0)
                die("%s: the size of '%s' must be a non-zero multiple of 512 bytes", a, val);
            hostfd[h] = fd;
            mft->e[h].u.block.capacity = (uint64_t)cap;
            mft->e[h].u.block.block_size = 512;
            mft->e[h].attached = 1;
        } else {
            die("unknown option '%s' (see " PROG " --help)", a);
        }
    }
    bool missing = false;
    for (uint32_t i = 1; i < mft->entries; i++) {
        struct ms5_mft_entry *e = &mft->e[i];
        if (!e->attached) {
            bool net = e->type == MS5_DEV_NET_BASIC;
            fprintf(stderr, PROG ": %s declares %s device '%s' but it is not attached: add %s%s=%s\n",
                    kernel_path, net ? "network" : "block", e->name, net ? "--net:" : "--block:",
                    e->name, net ? "TAPIF" : "FILE");
            missing = true;
        } else if (e->type == MS5_DEV_NET_BASIC && !mac_set[i]) {
            if (getrandom(e->u.net.mac, 6, 0) != 6)
                die("getrandom: %s", strerror(errno));
            e->u.net.mac[0] = (uint8_t)((e->u.net.mac[0] & 0xfe) | 0x02);
        }
    }
    if (missing)
        exit(1);

    char cmdline[MS5_HVT_CMDLINE_SIZE];
    size_t cl = 0;
    cmdline[0] = 0;
    for (int i = k + 1; i < argc; i++) {
        size_t n = strlen(argv[i]);
        if (cl + n + 1 >= sizeof cmdline)
            die("the guest command line is longer than %u bytes", MS5_HVT_CMDLINE_SIZE - 1);
        if (i > k + 1)
            cmdline[cl++] = ' ';
        memcpy(cmdline + cl, argv[i], n + 1);
        cl += n;
    }

    mem_size = (uint64_t)mem_mb << 20;
    kvm_open();
    map_memory();
    uint64_t kernel_end = load_segments(&img);

    /* Boot info, manifest, command line: low memory, below the image. */
    uint64_t at = MS5_HVT_BOOT_INFO_BASE;
    struct ms5_hvt_boot_info *bi = (struct ms5_hvt_boot_info *)(mem + at);
    at = (at + sizeof *bi + 7) & ~7ull;
    memcpy(mem + at, mft, mft_size); /* the guest's copy; the tender keeps its own */
    uint64_t mft_gpa = at;
    at += mft_size;
    memcpy(mem + at, cmdline, cl + 1);
    if (at + MS5_HVT_CMDLINE_SIZE > MS5_GUEST_MIN_BASE)
        die("internal error: boot information overflows low memory");
    *bi = (struct ms5_hvt_boot_info){.mem_size = mem_size,
                                     .kernel_end = kernel_end,
                                     .cpu_cycle_freq = tsc_frequency(),
                                     .cmdline = at,
                                     .mft = mft_gpa};
    setup_vcpu(img.eh->e_entry, MS5_HVT_BOOT_INFO_BASE);
    protect_segments(&img);
    image_release(&img);
    fflush(NULL);
    return vcpu_loop();
}
