/*
 * mirage-spt — a seccomp process tender for Solo5 "spt" guests.
 *
 *   mirage-spt [--mem=MB] [--net:NAME=IFACE|@FD] [--net-mac:NAME=MAC]
 *              [--block:NAME=PATH] [--block-sector-size:NAME=BYTES]
 *              [--x-exec-heap] [--] KERNEL [ARGS...]
 *
 * Same command line and guest ABI as upstream Solo5's solo5-spt, so an image
 * runs on either. Steps: read KERNEL's Solo5 notes (the ABI note must say spt,
 * ABI version 2; the manifest lists the devices), parse the options against
 * the manifest, map guest memory at its final addresses
 * [0x10000, mem), load the PT_LOAD segments with their own protections (never
 * writable and executable), attach the devices, write the boot information,
 * install a seccomp-BPF allow-list and jump to the entry point. From then on
 * the process *is* the guest: it can make only the system calls its bindings
 * need, on the descriptors the tender opened for it (moved into contiguous
 * runs first, so the filter stays small with the 63 devices a manifest can
 * declare). Block backing files are refused under upstream's conditions;
 * --x-exec-heap maps the heap and stack executable as upstream's does.
 *
 * The image reading, ABI check and --mem parsing it shares with mirage-hvt
 * are in native/tender-common/.
 *
 * Written for this project from the public description of the Solo5 spt ABI
 * (see native/include/mirage_solo5_abi.h); not derived from Solo5's code.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ifaddrs.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <elf.h>
#include <net/if.h>
#include <linux/audit.h>
#include <linux/ethtool.h>
#include <linux/filter.h>
#include <linux/if_tun.h>
#include <linux/seccomp.h>
#include <linux/sockios.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#include <asm/prctl.h>

#include "../include/mirage_solo5_abi.h"
#include "../tender-common/tender-common.h"

#define PROG "mirage-spt"
#define DEFAULT_MEM_MB 512u /* upstream solo5-spt's default */
#define MAX_MEM_MB (64u * 1024u)
#define PAGE 4096u

const struct tender_info tender = {
    .prog = PROG,
    .target = MS5_TARGET_SPT,
    .abi_version = MS5_SPT_ABI_VERSION,
    .abi_note_max = 64,
    .spt_tenders = "",
    .max_mem_mb = MAX_MEM_MB,
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: " PROG " [OPTIONS] [--] KERNEL [ARGS...]\n"
            "Runs the Solo5 spt guest KERNEL; ARGS become its command line.\n"
            "Options:\n"
            "  --mem=MB                        guest memory in MiB (default %u)\n"
            "  --net:NAME=IFACE | --net:NAME=@FD\n"
            "                                  attach TAP interface IFACE (or open fd FD)\n"
            "                                  as the manifest's network device NAME\n"
            "  --net-mac:NAME=xx:xx:xx:xx:xx:xx  MAC address of NAME (default random)\n"
            "  --block:NAME=PATH               attach file or block device PATH as the\n"
            "                                  manifest's block device NAME\n"
            "  --block-sector-size:NAME=BYTES  block size of NAME (power of two >= 512,\n"
            "                                  default 512); PATH's size must be a\n"
            "                                  non-zero multiple of it\n"
            "  --x-exec-heap                   make the guest's heap and stack executable\n"
            "                                  (for JITs; dangerous: no W^X there)\n"
            "  --help, --version\n"
            "Every device in KERNEL's manifest must be attached.\n",
            DEFAULT_MEM_MB);
}

/* ---- reading the image ------------------------------------------------ */

static void read_image(const char *path, struct image *img)
{
    image_read(path, img);
    const Elf64_Ehdr *eh = img->eh;
    if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB ||
        eh->e_version != EV_CURRENT || eh->e_machine != EM_X86_64)
        die("%s: not an x86_64 ELF64 executable", path);
    if (eh->e_type != ET_EXEC)
        die("%s: not a static executable (ELF type %u; Solo5 images are ET_EXEC)", path,
            eh->e_type);
    if (eh->e_ehsize != sizeof(Elf64_Ehdr))
        die("%s: invalid ELF program headers", path);
    image_check_phdrs(path, img);
    /* (A PT_INTERP is fine: upstream images carry a dummy one so Linux won't run them.) */
    for (unsigned i = 0; i < eh->e_phnum; i++)
        if (img->ph[i].p_type == PT_DYNAMIC)
            die("%s: not a static executable (it is dynamically linked; Solo5 images are "
                "static)", path);
}

static struct ms5_mft *load_manifest(const struct image *img, size_t *size)
{
    /* Too many devices is worth its own message (manifest_note only sees a big note). */
    uint32_t dsz;
    const uint8_t *note = find_note(img, MS5_NOTE_MFT1, &dsz);
    if (note != NULL && dsz >= MS5_MFT1_PAYLOAD_OFFSET - 20 + 8 &&
        (size_t)(note - img->bytes) + MS5_MFT1_PAYLOAD_OFFSET + 8 <= img->size) {
        uint32_t entries;
        memcpy(&entries, note + MS5_MFT1_PAYLOAD_OFFSET + 4, sizeof entries);
        if (entries > MS5_MFT_MAX_ENTRIES)
            die("%s: the manifest declares %u devices; a Solo5 manifest holds at most %u "
                "(%u entries, the first one reserved)",
                kernel_path, entries - 1, MS5_MFT_MAX_ENTRIES - 1, MS5_MFT_MAX_ENTRIES);
    }
    size_t len;
    struct ms5_mft *m = manifest_note(img, &len);
    if (m->version != MS5_MFT_VERSION)
        die("%s: manifest version %u, expected %u", kernel_path, m->version, MS5_MFT_VERSION);
    if (m->entries < 1 || m->entries > MS5_MFT_MAX_ENTRIES || len != MS5_MFT_SIZE(m->entries))
        die("%s: malformed Solo5 manifest (%u entries in %zu bytes)", kernel_path, m->entries,
            len);
    if (m->e[0].type != MS5_DEV_RESERVED_FIRST || m->e[0].name[0] != 0)
        die("%s: malformed Solo5 manifest (entry 0 is not the reserved entry)", kernel_path);
    for (uint32_t i = 0; i < m->entries; i++) {
        struct ms5_mft_entry *e = &m->e[i];
        if (e->name[MS5_MFT_NAME_MAX] != 0 || e->attached)
            die("%s: malformed Solo5 manifest (entry %u)", kernel_path, i);
        if (i > 0 && e->type != MS5_DEV_NET_BASIC && e->type != MS5_DEV_BLOCK_BASIC)
            die("%s: manifest entry '%s' has unsupported device type %u", kernel_path,
                e->name, e->type);
    }
    *size = len;
    return m;
}

static const char *type_name(uint32_t t)
{
    return t == MS5_DEV_NET_BASIC ? "NET_BASIC" : t == MS5_DEV_BLOCK_BASIC ? "BLOCK_BASIC" : "?";
}

static void declared_list(const struct ms5_mft *m, char *buf, size_t len)
{
    size_t at = 0;
    buf[0] = 0;
    for (uint32_t i = 1; i < m->entries && at < len; i++)
        at += (size_t)snprintf(buf + at, len - at, "%s%s (%s)", i > 1 ? ", " : "",
                               m->e[i].name, type_name(m->e[i].type));
    if (m->entries <= 1)
        snprintf(buf, len, "none");
}

/* ---- devices ---------------------------------------------------------- */

struct devopts {
    bool mac_set;
    uint8_t mac[6];
    unsigned block_size;
    const char *path; /* --block: the backing file, for messages */
};
static struct devopts devopts[MS5_MFT_MAX_ENTRIES];

/* "--net:NAME=VALUE" → entry of type `type` named NAME; VALUE in *value. */
static struct ms5_mft_entry *named_device(struct ms5_mft *m, const char *arg, size_t prefix,
                                          uint32_t type, const char **value, unsigned *index)
{
    const char *name = arg + prefix;
    const char *eq = strchr(name, '=');
    if (eq == NULL || eq == name || eq[1] == 0)
        die("%s: expected %.*sNAME=VALUE", arg, (int)prefix, arg);
    size_t nlen = (size_t)(eq - name);
    for (size_t k = 0; k < nlen; k++)
        if (!((name[k] >= 'a' && name[k] <= 'z') || (name[k] >= 'A' && name[k] <= 'Z') ||
              (name[k] >= '0' && name[k] <= '9')))
            die("%s: device names are letters and digits", arg);
    for (uint32_t i = 1; i < m->entries; i++) {
        if (strlen(m->e[i].name) == nlen && memcmp(m->e[i].name, name, nlen) == 0) {
            if (m->e[i].type != type)
                die("%s: device '%.*s' is a %s device in the manifest of %s", arg, (int)nlen,
                    name, type_name(m->e[i].type), kernel_path);
            *value = eq + 1;
            *index = i;
            return &m->e[i];
        }
    }
    char list[MS5_MFT_MAX_ENTRIES * (MS5_MFT_NAME_SIZE + 16)];
    declared_list(m, list, sizeof list);
    die("%s: %s declares no %s device named '%.*s' (declared: %s)", arg, kernel_path,
        type == MS5_DEV_NET_BASIC ? "network" : "block", (int)nlen, name, list);
}

static int tap_open(const char *arg, const char *ifname, uint16_t *mtu)
{
    if (ifname[0] == '@') {
        char *end;
        errno = 0;
        long fd = strtol(ifname + 1, &end, 10);
        if (errno != 0 || end == ifname + 1 || *end != 0 || fd < 0 || fd > INT_MAX)
            die("%s: expected @FD with FD a descriptor number", arg);
        int fl = fcntl((int)fd, F_GETFL);
        if (fl < 0 || fcntl((int)fd, F_SETFL, fl | O_NONBLOCK) < 0)
            die("%s: descriptor %ld: %s", arg, fd, strerror(errno));
        *mtu = 1500;
        return (int)fd;
    }
    if (strlen(ifname) >= IFNAMSIZ)
        die("%s: interface name too long", arg);
    int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (sock < 0)
        die("%s: socket: %s", arg, strerror(errno));
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    /* The interface must exist: opening the TUN device would create it. */
    if (ioctl(sock, SIOCGIFFLAGS, &ifr) < 0)
        die("%s: no network interface '%s' (create it first, e.g. "
            "`ip tuntap add %s mode tap && ip link set %s up`)",
            arg, ifname, ifname, ifname);
    if (!(ifr.ifr_flags & IFF_UP))
        die("%s: interface '%s' is down (`ip link set %s up`)", arg, ifname, ifname);
    int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK);
    if (fd < 0)
        die("%s: cannot open /dev/net/tun: %s", arg, strerror(errno));
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
    if (ioctl(fd, TUNSETIFF, &ifr) < 0)
        die("%s: cannot attach to TAP interface '%s': %s%s", arg, ifname, strerror(errno),
            errno == EINVAL ? " (is it a TAP, not a TUN or other interface?)" : "");
    if (strncmp(ifr.ifr_name, ifname, IFNAMSIZ) != 0)
        die("%s: the kernel attached '%s' instead of '%s'", arg, ifr.ifr_name, ifname);
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    if (ioctl(sock, SIOCGIFMTU, &ifr) < 0)
        die("%s: cannot read the MTU of '%s': %s", arg, ifname, strerror(errno));
    *mtu = (uint16_t)ifr.ifr_mtu;
    /* Frames are read whole into an MTU-sized buffer: no GRO/GSO batches. */
    static const uint32_t offloads[] = {ETHTOOL_SGRO, ETHTOOL_SGSO};
    for (size_t k = 0; k < sizeof offloads / sizeof offloads[0]; k++) {
        struct ethtool_value v = {.cmd = offloads[k], .data = 0};
        memset(&ifr, 0, sizeof ifr);
        strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
        ifr.ifr_data = (char *)&v;
        (void)ioctl(sock, SIOCETHTOOL, &ifr);
    }
    close(sock);
    return fd;
}

static void parse_mac(const char *arg, const char *s, uint8_t mac[6])
{
    unsigned v[6];
    char tail;
    if (sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%c", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
               &tail) != 6)
        die("%s: expected a MAC address like 02:00:00:00:00:01", arg);
    for (int k = 0; k < 6; k++)
        mac[k] = (uint8_t)v[k];
    if (mac[0] & 1)
        die("%s: %s is a multicast address", arg, s);
}

/*
 * Opens the backing file of block device `e` (upstream solo5-spt's
 * conditions: it must open read-write and have a size lseek can tell).
 */
static int block_open(const struct ms5_mft_entry *e, const char *path, uint64_t *capacity)
{
    int fd = open(path, O_RDWR);
    if (fd < 0)
        die("block device '%s': could not open '%s' read-write: %s", e->name,
            path, strerror(errno));
    off_t cap = lseek(fd, 0, SEEK_END);
    if (cap < 0)
        die("block device '%s': %s: could not determine capacity: %s", e->name, path,
            strerror(errno));
    *capacity = (uint64_t)cap;
    return fd;
}

/*
 * Once the sector size is known: the backing storage must be block aligned
 * and at least one block, checked in that order as upstream does.
 */
static void block_check(const struct ms5_mft_entry *e, const char *path, unsigned bs)
{
    uint64_t cap = e->u.block.capacity;
    if (cap % bs != 0)
        die("block device '%s': %s: backing storage size must be block aligned (%u bytes); "
            "it is %" PRIu64 " bytes",
            e->name, path, bs, cap);
    if (cap < bs)
        die("block device '%s': %s: backing storage must be at least 1 block (%u bytes) in "
            "size; it is %" PRIu64 " bytes",
            e->name, path, bs, cap);
}

/* Where gather_fds put the device descriptors: two contiguous runs. */
struct fd_layout {
    int net_lo, blk_lo;
    unsigned nnet, nblk;
};

/* Lowest descriptor >= from such that [fd, fd + n) are all free. */
static int free_run(int from, unsigned n)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        die("getrlimit(RLIMIT_NOFILE): %s", strerror(errno));
    uint64_t limit = rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > INT_MAX ? INT_MAX : rl.rlim_cur;
    for (uint64_t base = (uint64_t)from; base + n <= limit;) {
        unsigned k = 0;
        while (k < n && fcntl((int)(base + k), F_GETFD) < 0 && errno == EBADF)
            k++;
        if (k == n)
            return (int)base;
        base += k + 1;
    }
    die("no room for %u device descriptors below the limit of %" PRIu64
        " open files (raise ulimit -n)", n, limit);
}

/*
 * Moves the device descriptors into two contiguous runs, network devices then
 * block devices, each in manifest order, so the seccomp filter can allow
 * each system call on a range of descriptors instead of one rule per device.
 * The runs start above every descriptor the devices had (which are then
 * closed, except 0-2), so no device ever lands on another's old number.
 */
static void gather_fds(struct ms5_mft *m, struct fd_layout *fl)
{
    int old[MS5_MFT_MAX_ENTRIES], top = 2;
    unsigned n = m->entries - 1;
    fl->nnet = 0;
    for (uint32_t i = 1; i < m->entries; i++) {
        old[i] = m->e[i].b.hostfd;
        if (old[i] > top)
            top = old[i];
        if (m->e[i].type == MS5_DEV_NET_BASIC)
            fl->nnet++;
    }
    fl->nblk = n - fl->nnet;
    if (n == 0) {
        fl->net_lo = fl->blk_lo = 0;
        return;
    }
    if (top == INT_MAX)
        die("device descriptor %d is too high", top);
    int next = free_run(top + 1, n);
    fl->net_lo = next;
    fl->blk_lo = next + (int)fl->nnet;
    for (uint32_t pass = 0; pass < 2; pass++)
        for (uint32_t i = 1; i < m->entries; i++) {
            struct ms5_mft_entry *e = &m->e[i];
            if ((e->type == MS5_DEV_NET_BASIC) != (pass == 0))
                continue;
            if (dup2(old[i], next) != next)
                die("device '%s': dup2(%d, %d): %s", e->name, old[i], next, strerror(errno));
            e->b.hostfd = next++;
        }
    for (uint32_t i = 1; i < m->entries; i++)
        if (old[i] > 2)
            close(old[i]); /* EBADF when two devices shared an @FD: harmless */
}

/* ---- guest memory and loading ------------------------------------------ */

/* Guest addresses are host addresses in this process. */
static inline uint8_t *G(uint64_t addr) { return (uint8_t *)(uintptr_t)addr; }

/*
 * All of guest memory, read-write; with --x-exec-heap also executable (the
 * image's segments then get their own protections, so only the heap, the
 * stack and the low boot information stay writable and executable).
 */
static void map_guest(uint64_t mem, bool exec_heap)
{
    void *p = mmap((void *)(uintptr_t)MS5_SPT_HOST_MEM_BASE, mem - MS5_SPT_HOST_MEM_BASE,
                   PROT_READ | PROT_WRITE | (exec_heap ? PROT_EXEC : 0),
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED || p != (void *)(uintptr_t)MS5_SPT_HOST_MEM_BASE)
        die("cannot map %" PRIu64 " MiB of guest memory at 0x%x: %s", mem >> 20,
            MS5_SPT_HOST_MEM_BASE,
            p == MAP_FAILED ? strerror(errno) : "the kernel chose another address");
    /* Huge pages where the kernel offers them: a QuickJS guest touches megabytes of fresh heap
     * while it boots, and one fault per 2 MiB instead of per 4 KiB is a third of its boot
     * (EINVAL without THP support is fine: 4 KiB pages then). Not the top 2 MiB, where the
     * stack is: a few KiB of it would cost 2 MiB of RSS. */
    uint64_t huge_end = mem > (4u << 20) ? mem - (2u << 20) : MS5_SPT_HOST_MEM_BASE;
    if (huge_end > MS5_SPT_HOST_MEM_BASE)
        (void)madvise(p, huge_end - MS5_SPT_HOST_MEM_BASE, MADV_HUGEPAGE);
}

static uint64_t load_segments(const struct image *img, uint64_t mem_size)
{
    uint64_t end = 0;
    for (unsigned i = 0; i < img->eh->e_phnum; i++) {
        const Elf64_Phdr *p = &img->ph[i];
        if (p->p_type != PT_LOAD || p->p_memsz == 0)
            continue;
        uint64_t align = p->p_align < PAGE ? PAGE : p->p_align;
        if (align & (align - 1))
            die("%s: segment %u: alignment %" PRIu64 " is not a power of two", kernel_path, i,
                (uint64_t)p->p_align);
        uint64_t start = p->p_vaddr & ~(align - 1);
        if (p->p_memsz < p->p_filesz || p->p_vaddr > UINT64_MAX - p->p_memsz - align)
            die("%s: segment %u: bad sizes", kernel_path, i);
        uint64_t stop = (p->p_vaddr + p->p_memsz + align - 1) & ~(align - 1);
        if (start < MS5_GUEST_MIN_BASE)
            die("%s: segment %u at 0x%" PRIx64 " is below the lowest guest address 0x%x",
                kernel_path, i, (uint64_t)p->p_vaddr, MS5_GUEST_MIN_BASE);
        if (start < end)
            die("%s: segment %u overlaps the previous one (or headers are unsorted)",
                kernel_path, i);
        if (stop > mem_size)
            die("%s: the image (up to 0x%" PRIx64 ") does not fit in %" PRIu64
                " MiB of guest memory (raise --mem)",
                kernel_path, stop, mem_size >> 20);
        if ((p->p_flags & PF_W) && (p->p_flags & PF_X))
            die("%s: segment %u is both writable and executable; refusing to load it",
                kernel_path, i);
        if (p->p_offset > img->size || p->p_filesz > img->size - p->p_offset)
            die("%s: segment %u lies outside the file", kernel_path, i);
        uint64_t in_page = p->p_vaddr & (PAGE - 1);
        if (!(p->p_flags & PF_W) && p->p_memsz == p->p_filesz && (p->p_offset & (PAGE - 1)) == in_page) {
            /* Read-only: the file's pages themselves, as ld.so maps a program (no copy, and a
             * fault maps many pages of the page cache at once): most of a JS image's boot
             * before this was copying text and bytecode page by page. Images are replaced by
             * rename, as mirage build does; a file rewritten in place under a running guest
             * changes it, as it would a running program's shared library. */
            uint64_t len = (p->p_filesz + in_page + PAGE - 1) & ~(PAGE - 1);
            if (mmap(G(p->p_vaddr - in_page), len, PROT_READ, MAP_PRIVATE | MAP_FIXED, img->fd,
                     (off_t)(p->p_offset - in_page)) == MAP_FAILED)
                die("%s: cannot map segment %u: %s", kernel_path, i, strerror(errno));
        } else {
            /* One system call faults the pages in, instead of one fault per 4 KiB during the
             * copy (ENOSYS/EINVAL before Linux 5.14: the faults, then). */
            (void)madvise(G(start), stop - start, MADV_POPULATE_WRITE);
            memcpy(G(p->p_vaddr), img->bytes + p->p_offset, p->p_filesz);
            memset(G(p->p_vaddr + p->p_filesz), 0, p->p_memsz - p->p_filesz);
        }
        int prot = ((p->p_flags & PF_R) ? PROT_READ : 0) | ((p->p_flags & PF_W) ? PROT_WRITE : 0) |
                   ((p->p_flags & PF_X) ? PROT_EXEC : 0);
        if (mprotect(G(start), stop - start, prot) != 0)
            die("%s: mprotect of segment %u failed: %s", kernel_path, i, strerror(errno));
        end = stop;
    }
    if (end == 0)
        die("%s: no loadable segments", kernel_path);
    uint64_t entry = img->eh->e_entry;
    if (entry < MS5_GUEST_MIN_BASE || entry >= end)
        die("%s: entry point 0x%" PRIx64 " is outside the image", kernel_path, entry);
    return end;
}

/* ---- seccomp ---------------------------------------------------------- */

/*
 * The filter is a small program written with forward labels. Layout:
 *
 *   arch check, x32 check, load nr
 *   dispatch: one JEQ per allowed system call, to its section
 *   sections: exit_group, clock_gettime, arch_prctl, epoll_pwait,
 *             timerfd_settime, write, read, block (pread64 and pwrite64 share it)
 *
 * Each section checks its arguments and ends in its own RET ALLOW / RET KILL,
 * so every conditional jump is short (well under the 255 that jt/jf hold).
 * The device descriptors are contiguous (see gather_fds): the network fds
 * [net_lo, net_lo + nnet), then the block fds [blk_lo, blk_lo + nblk). read
 * and write on a network device are a range check; a block device needs its
 * own block size and last offset, so the block section range-checks the fd
 * and then binary-searches it down to a 9-instruction check per device, the
 * search nodes reaching their right half with BPF_JA (32-bit offset). With 63
 * block devices the program is 746 instructions (BPF_MAXINSNS is 4096) and a
 * call runs at most 40 of them.
 */

static struct sock_filter prog[BPF_MAXINSNS];
static unsigned plen;

#define MAXLABELS 512
#define MAXFIXUPS 1024
static unsigned label_at[MAXLABELS];
static unsigned nlabels;
static struct fixup {
    unsigned insn;
    unsigned label;
    enum { FIX_JT, FIX_JF, FIX_JA } field;
} fixups[MAXFIXUPS];
static unsigned nfixups;

#define NEXT (-1) /* a jump to the next instruction (offset 0) */

static void emit(uint16_t code, uint32_t k, uint8_t jt, uint8_t jf)
{
    if (plen >= BPF_MAXINSNS)
        die("internal error: the seccomp filter exceeds %u instructions", BPF_MAXINSNS);
    prog[plen++] = (struct sock_filter){code, jt, jf, k};
}

static int label(void)
{
    if (nlabels >= MAXLABELS)
        die("internal error: too many seccomp filter labels");
    label_at[nlabels] = UINT_MAX; /* not bound yet */
    return (int)nlabels++;
}

static void here(int l) { label_at[l] = plen; }

static void fixup(int l, int field)
{
    if (l == NEXT)
        return;
    if (nfixups >= MAXFIXUPS)
        die("internal error: too many seccomp filter jumps");
    fixups[nfixups++] = (struct fixup){plen - 1, (unsigned)l, field};
}

/* A conditional jump: to `t` when (A op k), else to `f`; NEXT for either. */
static void jump(uint16_t op, uint32_t k, int t, int f)
{
    emit(BPF_JMP | op | BPF_K, k, 0, 0);
    fixup(t, FIX_JT);
    fixup(f, FIX_JF);
}

static void jump_always(int l)
{
    emit(BPF_JMP | BPF_JA, 0, 0, 0);
    fixup(l, FIX_JA);
}

static void ret(uint32_t action) { emit(BPF_RET | BPF_K, action, 0, 0); }

static void load(uint32_t offset) { emit(BPF_LD | BPF_W | BPF_ABS, offset, 0, 0); }

#define ARG_LO(n) (uint32_t)(offsetof(struct seccomp_data, args) + 8 * (n))
#define ARG_HI(n) (uint32_t)(offsetof(struct seccomp_data, args) + 8 * (n) + 4)
#define ALLOW SECCOMP_RET_ALLOW
#define KILL SECCOMP_RET_KILL_PROCESS

static void resolve_jumps(void)
{
    for (unsigned i = 0; i < nfixups; i++) {
        const struct fixup *x = &fixups[i];
        unsigned to = label_at[x->label];
        if (to == UINT_MAX || to <= x->insn || to >= plen)
            die("internal error: seccomp filter jump %u to an unbound or backward label", i);
        unsigned off = to - x->insn - 1;
        if (x->field == FIX_JA) {
            prog[x->insn].k = off;
        } else {
            if (off > 255)
                die("internal error: seccomp filter jump of %u instructions (at most 255)", off);
            if (x->field == FIX_JT)
                prog[x->insn].jt = (uint8_t)off;
            else
                prog[x->insn].jf = (uint8_t)off;
        }
    }
}

/* Allows the call when the 64-bit argument `arg` equals `v`. */
static void section_arg_eq(unsigned arg, uint64_t v)
{
    int allow = label(), kill = label();
    load(ARG_HI(arg));
    jump(BPF_JEQ, (uint32_t)(v >> 32), NEXT, kill);
    load(ARG_LO(arg));
    jump(BPF_JEQ, (uint32_t)v, allow, kill);
    here(allow);
    ret(ALLOW);
    here(kill);
    ret(KILL);
}

/* Allows the call when argument 0 is `also` (if >= 0) or a descriptor in [lo, lo + n). */
static void section_fd_range(int also, int lo, unsigned n)
{
    int allow = label(), kill = label();
    load(ARG_HI(0));
    jump(BPF_JEQ, 0, NEXT, kill);
    load(ARG_LO(0));
    if (also >= 0)
        jump(BPF_JEQ, (uint32_t)also, allow, NEXT);
    if (n > 0) {
        jump(BPF_JGE, (uint32_t)lo, NEXT, kill);
        jump(BPF_JGT, (uint32_t)lo + n - 1, kill, allow);
    } else {
        jump_always(kill);
    }
    here(allow);
    ret(ALLOW);
    here(kill);
    ret(KILL);
}

/*
 * pread64/pwrite64(fd, buf, count, offset) on block device `e` (its fd
 * already matched): count == block size, offset <= capacity - block size, so
 * the guest can neither read past the end nor grow a backing file. The high
 * word of count was checked (zero) before the search.
 */
static void block_leaf(const struct ms5_mft_entry *e)
{
    uint64_t last = e->u.block.capacity - e->u.block.block_size;
    int allow = label(), kill = label();
    load(ARG_LO(2));
    jump(BPF_JEQ, e->u.block.block_size, NEXT, kill);
    load(ARG_HI(3));
    jump(BPF_JGT, (uint32_t)(last >> 32), kill, NEXT);
    jump(BPF_JEQ, (uint32_t)(last >> 32), NEXT, allow); /* high word below: in range */
    load(ARG_LO(3));
    jump(BPF_JGT, (uint32_t)last, kill, allow);
    here(allow);
    ret(ALLOW);
    here(kill);
    ret(KILL);
}

/* Binary search on A = fd over blk[from, to), the block fds blk_lo + from.. */
static void block_tree(const struct ms5_mft_entry *const *blk, int blk_lo, unsigned from,
                       unsigned to)
{
    if (to - from == 1) {
        block_leaf(blk[from]);
        return;
    }
    unsigned mid = from + (to - from) / 2;
    int left = label(), right = label();
    jump(BPF_JGE, (uint32_t)(blk_lo + (int)mid), NEXT, left);
    jump_always(right);
    here(left);
    block_tree(blk, blk_lo, from, mid);
    here(right);
    block_tree(blk, blk_lo, mid, to);
}

static void section_block(const struct ms5_mft_entry *const *blk, int blk_lo, unsigned n)
{
    int kill = label(), search = label();
    load(ARG_HI(2));
    jump(BPF_JEQ, 0, NEXT, kill);
    load(ARG_HI(0));
    jump(BPF_JEQ, 0, NEXT, kill);
    load(ARG_LO(0));
    jump(BPF_JGE, (uint32_t)blk_lo, NEXT, kill);
    jump(BPF_JGT, (uint32_t)blk_lo + n - 1, kill, search);
    here(kill);
    ret(KILL);
    here(search);
    block_tree(blk, blk_lo, 0, n);
}

static void build_filter(const struct ms5_mft *m, const struct fd_layout *fl, int epfd, int tfd)
{
    const struct ms5_mft_entry *blk[MS5_MFT_MAX_ENTRIES];
    unsigned nblk = 0;
    for (uint32_t i = 1; i < m->entries; i++)
        if (m->e[i].type == MS5_DEV_BLOCK_BASIC)
            blk[nblk++] = &m->e[i]; /* in manifest order: fd blk_lo + position */
    if (nblk != fl->nblk)
        die("internal error: %u block devices, %u block descriptors", nblk, fl->nblk);

    load(offsetof(struct seccomp_data, arch));
    int arch_ok = label();
    jump(BPF_JEQ, AUDIT_ARCH_X86_64, arch_ok, NEXT);
    ret(KILL);
    here(arch_ok);
    load(offsetof(struct seccomp_data, nr));
    int native = label();
    jump(BPF_JGE, 0x40000000u, NEXT, native); /* x32 ABI numbers */
    ret(KILL);
    here(native);

    enum { S_EXIT, S_CLOCK, S_ARCH, S_EPOLL, S_TIMER, S_WRITE, S_READ, S_BLOCK, NSECTIONS };
    int sec[NSECTIONS];
    for (int s = 0; s < NSECTIONS; s++)
        sec[s] = label();
    jump(BPF_JEQ, SYS_exit_group, sec[S_EXIT], NEXT);
    jump(BPF_JEQ, SYS_clock_gettime, sec[S_CLOCK], NEXT);
    jump(BPF_JEQ, SYS_arch_prctl, sec[S_ARCH], NEXT);
    jump(BPF_JEQ, SYS_epoll_pwait, sec[S_EPOLL], NEXT);
    jump(BPF_JEQ, SYS_timerfd_settime, sec[S_TIMER], NEXT);
    jump(BPF_JEQ, SYS_write, sec[S_WRITE], NEXT);
    if (fl->nnet > 0)
        jump(BPF_JEQ, SYS_read, sec[S_READ], NEXT);
    if (nblk > 0) {
        jump(BPF_JEQ, SYS_pread64, sec[S_BLOCK], NEXT);
        jump(BPF_JEQ, SYS_pwrite64, sec[S_BLOCK], NEXT);
    }
    ret(KILL);

    here(sec[S_EXIT]);
    ret(ALLOW);
    here(sec[S_CLOCK]); /* CLOCK_REALTIME (0) or CLOCK_MONOTONIC (1) */
    {
        _Static_assert(CLOCK_REALTIME == 0 && CLOCK_MONOTONIC == 1, "clock ids 0 and 1");
        int allow = label(), kill = label();
        load(ARG_HI(0));
        jump(BPF_JEQ, 0, NEXT, kill);
        load(ARG_LO(0));
        jump(BPF_JGT, CLOCK_MONOTONIC, kill, allow);
        here(allow);
        ret(ALLOW);
        here(kill);
        ret(KILL);
    }
    here(sec[S_ARCH]);
    section_arg_eq(0, ARCH_SET_FS);
    here(sec[S_EPOLL]);
    section_arg_eq(0, (uint64_t)epfd);
    here(sec[S_TIMER]);
    section_arg_eq(0, (uint64_t)tfd);
    here(sec[S_WRITE]); /* the console (fd 1) and the network devices */
    section_fd_range(1, fl->net_lo, fl->nnet);
    here(sec[S_READ]);
    if (fl->nnet > 0)
        section_fd_range(-1, fl->net_lo, fl->nnet);
    here(sec[S_BLOCK]);
    if (nblk > 0)
        section_block(blk, fl->blk_lo, nblk);
    resolve_jumps();
}

/* ---- main ------------------------------------------------------------- */

int main(int argc, char **argv)
{
    /* Pass 1: find KERNEL (the first operand) and handle --help/--version. */
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
            printf(PROG " (@mirage/platform-solo5), spt ABI version %u\n", MS5_SPT_ABI_VERSION);
            return 0;
        }
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
    struct ms5_mft *mft = load_manifest(&img, &mft_size);

    /* Pass 2: options, now that the manifest is known. */
    unsigned mem_mb = DEFAULT_MEM_MB;
    bool exec_heap = false;
    for (int i = 1; i < k; i++) {
        const char *a = argv[i], *val;
        unsigned idx;
        struct ms5_mft_entry *e;
        if (strcmp(a, "--") == 0)
            break;
        if (strncmp(a, "--mem=", 6) == 0) {
            mem_mb = parse_mem(a);
        } else if (strcmp(a, "--x-exec-heap") == 0) {
            exec_heap = true;
        } else if (strncmp(a, "--net:", 6) == 0) {
            e = named_device(mft, a, 6, MS5_DEV_NET_BASIC, &val, &idx);
            if (e->attached)
                die("%s: device '%s' is attached twice", a, e->name);
            uint16_t mtu;
            e->b.hostfd = tap_open(a, val, &mtu);
            e->u.net.mtu = mtu;
            e->attached = 1;
        } else if (strncmp(a, "--net-mac:", 10) == 0) {
            e = named_device(mft, a, 10, MS5_DEV_NET_BASIC, &val, &idx);
            parse_mac(a, val, devopts[idx].mac);
            devopts[idx].mac_set = true;
        } else if (strncmp(a, "--block:", 8) == 0) {
            e = named_device(mft, a, 8, MS5_DEV_BLOCK_BASIC, &val, &idx);
            if (e->attached)
                die("%s: device '%s' is attached twice", a, e->name);
            e->b.hostfd = block_open(e, val, &e->u.block.capacity);
            devopts[idx].path = val;
            e->attached = 1;
        } else if (strncmp(a, "--block-sector-size:", 20) == 0) {
            e = named_device(mft, a, 20, MS5_DEV_BLOCK_BASIC, &val, &idx);
            char *end;
            unsigned long bs = strtoul(val, &end, 10);
            if (end == val || *end != 0 || bs < 512 || bs > 32768 || (bs & (bs - 1)))
                die("%s: the sector (block) size must be a power of two from 512 to 32768", a);
            devopts[idx].block_size = (unsigned)bs;
        } else {
            die("unknown option '%s' (see " PROG " --help)", a);
        }
    }

    /* Every declared device must be attached. */
    bool missing = false;
    for (uint32_t i = 1; i < mft->entries; i++) {
        struct ms5_mft_entry *e = &mft->e[i];
        if (e->attached)
            continue;
        fprintf(stderr, PROG ": %s declares %s device '%s' but it is not attached: add %s%s=%s\n",
                kernel_path, e->type == MS5_DEV_NET_BASIC ? "network" : "block", e->name,
                e->type == MS5_DEV_NET_BASIC ? "--net:" : "--block:", e->name,
                e->type == MS5_DEV_NET_BASIC ? "TAPIF" : "FILE");
        missing = true;
    }
    if (missing)
        exit(1);
    for (uint32_t i = 1; i < mft->entries; i++) {
        struct ms5_mft_entry *e = &mft->e[i];
        if (e->type == MS5_DEV_NET_BASIC) {
            if (devopts[i].mac_set) {
                memcpy(e->u.net.mac, devopts[i].mac, 6);
            } else {
                if (getrandom(e->u.net.mac, 6, 0) != 6)
                    die("getrandom: %s", strerror(errno));
                e->u.net.mac[0] = (uint8_t)((e->u.net.mac[0] & 0xfe) | 0x02);
            }
        } else {
            unsigned bs = devopts[i].block_size ? devopts[i].block_size : 512;
            block_check(e, devopts[i].path, bs);
            e->u.block.block_size = (uint16_t)bs;
        }
    }

    /* The guest command line: ARGS joined by spaces. */
    char cmdline[MS5_SPT_CMDLINE_SIZE];
    size_t cl = 0;
    cmdline[0] = 0;
    for (int i = k + 1; i < argc; i++) {
        size_t n = strlen(argv[i]);
        if (cl + n + (i > k + 1) >= sizeof cmdline)
            die("the guest command line is longer than %u bytes", MS5_SPT_CMDLINE_SIZE - 1);
        if (i > k + 1)
            cmdline[cl++] = ' ';
        memcpy(cmdline + cl, argv[i], n);
        cl += n;
        cmdline[cl] = 0;
    }

    int pers = personality(0xffffffff);
    if (pers < 0 || (pers & READ_IMPLIES_EXEC))
        die("refusing to run with the READ_IMPLIES_EXEC personality (no W^X)");

    if (exec_heap)
        fprintf(stderr, PROG ": warning: --x-exec-heap maps the guest's heap and stack writable "
                        "and executable (no W^X outside the image's own segments); use it only "
                        "for a guest that generates code\n");
    uint64_t mem_size = (uint64_t)mem_mb << 20;
    map_guest(mem_size, exec_heap);
    uint64_t kernel_end = load_segments(&img, mem_size);

    struct fd_layout fl;
    gather_fds(mft, &fl);
    int epfd = epoll_create1(EPOLL_CLOEXEC);
    int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (epfd < 0 || tfd < 0)
        die("epoll/timerfd: %s", strerror(errno));
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = MS5_SPT_TIMER_TAG};
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, tfd, &ev) != 0)
        die("epoll_ctl: %s", strerror(errno));
    for (uint32_t i = 1; i < mft->entries; i++) {
        if (mft->e[i].type != MS5_DEV_NET_BASIC)
            continue;
        ev.events = EPOLLIN;
        ev.data.u64 = i; /* the device handle */
        if (epoll_ctl(epfd, EPOLL_CTL_ADD, mft->e[i].b.hostfd, &ev) != 0)
            die("epoll_ctl(%s): %s", mft->e[i].name, strerror(errno));
    }

    /* Boot information, manifest, command line: low memory, below the image. */
    uint64_t at = MS5_SPT_BOOT_INFO_BASE;
    struct ms5_spt_boot_info *bi = (struct ms5_spt_boot_info *)G(at);
    at += sizeof *bi;
    at = (at + 7) & ~7ull;
    memcpy(G(at), mft, mft_size);
    bi->mft = G(at);
    at += mft_size;
    memcpy(G(at), cmdline, cl + 1);
    bi->cmdline = (const char *)G(at);
    at += MS5_SPT_CMDLINE_SIZE;
    if (at > MS5_GUEST_MIN_BASE)
        die("internal error: boot information overflows low memory");
    bi->mem_size = mem_size;
    bi->kernel_end = kernel_end;
    bi->epollfd = epfd;
    bi->timerfd = tfd;

    build_filter(mft, &fl, epfd, tfd);
    uint64_t entry = img.eh->e_entry;
    image_release(&img);
    free(mft);
    fflush(NULL);

    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        die("prctl(PR_SET_NO_NEW_PRIVS): %s", strerror(errno));
    struct sock_fprog fp = {.len = (unsigned short)plen, .filter = prog};
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp) != 0)
        die("cannot install the seccomp filter: %s", strerror(errno));

    /* No system calls beyond this point but the guest's own. */
    uint64_t sp = mem_size - 8;
    __asm__ volatile("mov %0, %%rsp\n\t"
                     "xor %%ebp, %%ebp\n\t"
                     "jmp *%1"
                     :
                     : "a"(sp), "c"(entry), "D"(bi)
                     : "memory");
    __builtin_unreachable();
}
