/*
 * virtio devices over the legacy PCI transport (virtio 0.9.5, what QEMU's
 * transitional virtio-net-pci and virtio-blk-pci offer by default): the
 * registers are an I/O BAR, each queue is one physically contiguous legacy
 * vring whose size the device chooses, and interrupts are the PCI INTx line
 * through the legacy PIC. Memory is identity-mapped, so a guest address is a
 * device address.
 *
 * net: feature MAC only (no offloads, no mergeable buffers: the header is 10
 * bytes); every receive descriptor holds one 2 KiB buffer, header and frame;
 * frames are copied to and from those buffers. block: no features; one
 * request at a time (header, the caller's 512-byte sector, status), waited
 * for by polling the used ring.
 *
 * Written from the virtio 1.0 specification's legacy-interface sections.
 */
#include "virtio.h"
#include "../include/mirage_solo5_crt.h"
#include "../x86/io.h"

/* Legacy register offsets in BAR0 (no MSI-X: device config follows at 0x14). */
#define R_DEVICE_FEATURES 0x00
#define R_GUEST_FEATURES 0x04
#define R_QUEUE_PFN 0x08
#define R_QUEUE_SIZE 0x0c
#define R_QUEUE_SELECT 0x0e
#define R_QUEUE_NOTIFY 0x10
#define R_STATUS 0x12
#define R_ISR 0x13
#define R_CONFIG 0x14

#define S_ACKNOWLEDGE 1
#define S_DRIVER 2
#define S_DRIVER_OK 4
#define S_FAILED 0x80

#define NET_F_MAC (1u << 5)
#define NET_HDR 10 /* struct virtio_net_hdr without num_buffers */
#define NET_BUF 2048
#define NET_MTU 1500

#define D_NEXT 1
#define D_WRITE 2
#define USED_F_NO_NOTIFY 1

#define BLK_T_IN 0
#define BLK_T_OUT 1
#define SECTOR 512

struct desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
};
struct used_elem {
    uint32_t id, len;
};

struct queue {
    uint16_t index, size;
    volatile struct desc *desc;
    volatile uint16_t *avail; /* flags, idx, ring[size], used_event */
    volatile uint16_t *used;  /* flags, idx, then struct used_elem ring[size] */
    uint16_t next_avail;      /* free-running index of the next avail slot */
    uint16_t seen_used;       /* free-running index of the next used entry to take */
    uint8_t *buffers;         /* net: size * NET_BUF bytes */
    uint16_t *free;           /* net transmit: stack of free descriptors */
    uint16_t nfree;
};

struct device {
    uint16_t io;
    uint8_t irq, type; /* MS5_DEV_NET_BASIC or MS5_DEV_BLOCK_BASIC */
    struct queue q[2]; /* net: 0 receive, 1 transmit; block: 0 requests */
};

static struct device devices[MS5_MFT_MAX_ENTRIES]; /* by handle */
static const struct ms5_mft *manifest;

#define AVAIL_IDX(q) ((q)->avail[1])
#define AVAIL_RING(q, i) ((q)->avail[2 + (i)])
#define USED_FLAGS(q) ((q)->used[0])
#define USED_IDX(q) ((q)->used[1])
#define USED_RING(q, i) (((volatile struct used_elem *)((q)->used + 2))[i])

static uint32_t pci_read(unsigned bus, unsigned slot, unsigned fn, unsigned off)
{
    outl(0xcf8, 0x80000000u | bus << 16 | slot << 11 | fn << 8 | (off & 0xfc));
    return inl(0xcfc);
}

static void pci_write(unsigned bus, unsigned slot, unsigned fn, unsigned off, uint32_t v)
{
    outl(0xcf8, 0x80000000u | bus << 16 | slot << 11 | fn << 8 | (off & 0xfc));
    outl(0xcfc, v);
}

static uint64_t page_align(uint64_t n) { return (n + 4095) & ~4095ull; }

/* Sets up queue `index`: the device says its size; the legacy layout is descriptors, the
 * available ring, then the used ring on the next page. */
static void queue_init(struct device *d, struct queue *q, unsigned index, const char *name)
{
    outw(d->io + R_QUEUE_SELECT, (uint16_t)index);
    uint16_t size = inw(d->io + R_QUEUE_SIZE);
    if (size == 0 || (size & (size - 1)) != 0)
        virtio_boot_fail("the virtio device of", name, "reports an unusable queue size");
    uint64_t ring = page_align(16ull * size + 6 + 2ull * size);
    uint64_t bytes = ring + page_align(6 + 8ull * size);
    uint8_t *mem = virtio_alloc_pages(bytes);
    q->index = (uint16_t)index;
    q->size = size;
    q->desc = (volatile struct desc *)mem;
    q->avail = (volatile uint16_t *)(mem + 16ull * size);
    q->used = (volatile uint16_t *)(mem + ring);
    q->next_avail = q->seen_used = 0;
    outl(d->io + R_QUEUE_PFN, (uint32_t)((uintptr_t)mem >> 12));
}

static void notify(struct device *d, struct queue *q)
{
    barrier();
    if ((USED_FLAGS(q) & USED_F_NO_NOTIFY) == 0)
        outw(d->io + R_QUEUE_NOTIFY, q->index);
}

static void submit(struct queue *q, uint16_t head)
{
    AVAIL_RING(q, q->next_avail & (q->size - 1)) = head;
    barrier();
    AVAIL_IDX(q) = ++q->next_avail;
}

static void net_start(struct device *d, struct ms5_mft_entry *e)
{
    uint32_t features = inl(d->io + R_DEVICE_FEATURES);
    if ((features & NET_F_MAC) == 0)
        virtio_boot_fail("the virtio-net device of", e->name, "has no MAC address (feature VIRTIO_NET_F_MAC)");
    outl(d->io + R_GUEST_FEATURES, NET_F_MAC);
    queue_init(d, &d->q[0], 0, e->name);
    queue_init(d, &d->q[1], 1, e->name);
    for (int k = 0; k < 2; k++) {
        struct queue *q = &d->q[k];
        q->buffers = virtio_alloc_pages((uint64_t)q->size * NET_BUF);
    }
    struct queue *tx = &d->q[1];
    tx->free = virtio_alloc_pages(2ull * tx->size);
    for (uint16_t i = 0; i < tx->size; i++)
        tx->free[i] = i;
    tx->nfree = tx->size;
    for (int k = 0; k < 6; k++)
        e->u.net.mac[k] = inb((uint16_t)(d->io + R_CONFIG + k));
    e->u.net.mtu = NET_MTU;
    outb(d->io + R_STATUS, S_ACKNOWLEDGE | S_DRIVER | S_DRIVER_OK);
    struct queue *rx = &d->q[0];
    for (uint16_t i = 0; i < rx->size; i++) {
        rx->desc[i].addr = (uint64_t)(uintptr_t)(rx->buffers + (uint64_t)i * NET_BUF);
        rx->desc[i].len = NET_BUF;
        rx->desc[i].flags = D_WRITE;
        submit(rx, i);
    }
    notify(d, rx);
}

static void block_start(struct device *d, struct ms5_mft_entry *e)
{
    (void)inl(d->io + R_DEVICE_FEATURES);
    outl(d->io + R_GUEST_FEATURES, 0);
    queue_init(d, &d->q[0], 0, e->name);
    if (d->q[0].size < 3)
        virtio_boot_fail("the virtio-blk device of", e->name, "has a queue too small for a request");
    uint64_t sectors = (uint64_t)inl(d->io + R_CONFIG) | (uint64_t)inl(d->io + R_CONFIG + 4) << 32;
    e->u.block.capacity = sectors * SECTOR;
    e->u.block.block_size = SECTOR;
    outb(d->io + R_STATUS, S_ACKNOWLEDGE | S_DRIVER | S_DRIVER_OK);
}

void virtio_devices_init(struct ms5_mft *mft)
{
    manifest = mft;
    /* The n-th virtio function of each type, in bus-0 slot order. */
    struct found {
        uint8_t slot, fn, type;
    } found[MS5_MFT_MAX_ENTRIES];
    unsigned nfound = 0, modern = 0;
    for (unsigned slot = 0; slot < 32; slot++) {
        for (unsigned fn = 0; fn < 8; fn++) {
            uint32_t id = pci_read(0, slot, fn, 0);
            if ((id & 0xffff) == 0xffff) {
                if (fn == 0)
                    break;
                continue;
            }
            unsigned device = id >> 16;
            if ((id & 0xffff) == 0x1af4 && device >= 0x1000 && device <= 0x103f) {
                unsigned type = pci_read(0, slot, fn, 0x2c) >> 16; /* subsystem id: 1 net, 2 block */
                if ((type == 1 || type == 2) && nfound < MS5_MFT_MAX_ENTRIES)
                    found[nfound++] = (struct found){(uint8_t)slot, (uint8_t)fn,
                                                     (uint8_t)(type == 1 ? MS5_DEV_NET_BASIC : MS5_DEV_BLOCK_BASIC)};
            } else if ((id & 0xffff) == 0x1af4 && (device == 0x1041 || device == 0x1042))
                modern++;
            if (fn == 0 && (pci_read(0, slot, 0, 0x0c) & 0x00800000u) == 0)
                break; /* not a multi-function device */
        }
    }
    unsigned next[2] = {0, 0}; /* per type: how many found entries are taken */
    for (uint32_t h = 1; h < mft->entries; h++) {
        struct ms5_mft_entry *e = &mft->e[h];
        int net = e->type == MS5_DEV_NET_BASIC;
        unsigned seen = 0, i;
        for (i = 0; i < nfound; i++)
            if (found[i].type == e->type && seen++ == next[net])
                break;
        if (i == nfound)
            virtio_boot_fail(net ? "no virtio-net PCI device for" : "no virtio-blk PCI device for", e->name,
                             modern ? "(a modern-only virtio device is there: this target drives the legacy "
                                      "interface, give it disable-legacy=off)"
                             : net ? "(add -netdev tap,id=ID,ifname=TAP,script=no,downscript=no "
                                     "-device virtio-net-pci,netdev=ID; devices bind in manifest order)"
                                   : "(add -drive file=FILE,if=none,format=raw,id=ID "
                                     "-device virtio-blk-pci,drive=ID; devices bind in manifest order)");
        next[net]++;
        struct device *d = &devices[h];
        unsigned slot = found[i].slot, fn = found[i].fn;
        uint32_t bar0 = pci_read(0, slot, fn, 0x10);
        if ((bar0 & 1) == 0)
            virtio_boot_fail("the virtio device of", e->name, "has no I/O BAR (legacy interface)");
        d->io = (uint16_t)(bar0 & ~3u);
        d->irq = (uint8_t)(pci_read(0, slot, fn, 0x3c) & 0xff);
        d->type = (uint8_t)e->type;
        uint32_t cmd = pci_read(0, slot, fn, 0x04);
        pci_write(0, slot, fn, 0x04, (cmd & 0xffff) | 0x1 /* I/O space */ | 0x4 /* bus master */);
        outb(d->io + R_STATUS, 0); /* reset */
        outb(d->io + R_STATUS, S_ACKNOWLEDGE | S_DRIVER);
        if (net)
            net_start(d, e);
        else
            block_start(d, e);
        e->attached = 1;
        if (d->irq < 16)
            virtio_irq_unmask(d->irq);
    }
}

static struct device *device_of(solo5_handle_t h, uint32_t type)
{
    if (manifest == 0 || h == 0 || h >= manifest->entries || devices[h].type != type)
        return 0;
    return &devices[h];
}

solo5_handle_set_t virtio_net_ready(void)
{
    solo5_handle_set_t set = 0;
    if (manifest == 0)
        return 0;
    for (uint32_t h = 1; h < manifest->entries; h++) {
        struct device *d = &devices[h];
        if (d->type == MS5_DEV_NET_BASIC && USED_IDX(&d->q[0]) != d->q[0].seen_used)
            set |= 1ull << h;
    }
    return set;
}

void virtio_irq(unsigned irq)
{
    if (manifest == 0)
        return;
    for (uint32_t h = 1; h < manifest->entries; h++)
        if (devices[h].type != 0 && devices[h].irq == irq)
            (void)inb(devices[h].io + R_ISR); /* reading the ISR lowers the line */
}

solo5_result_t virtio_net_read(solo5_handle_t h, uint8_t *buf, size_t size, size_t *read_size)
{
    struct device *d = device_of(h, MS5_DEV_NET_BASIC);
    if (d == 0)
        return SOLO5_R_EINVAL;
    struct queue *q = &d->q[0];
    if (USED_IDX(q) == q->seen_used)
        return SOLO5_R_AGAIN;
    barrier();
    volatile struct used_elem *u = &USED_RING(q, q->seen_used & (q->size - 1));
    uint32_t id = u->id, len = u->len;
    q->seen_used++;
    solo5_result_t r = SOLO5_R_OK;
    if (id >= q->size || len < NET_HDR || len - NET_HDR > size)
        r = SOLO5_R_EINVAL; /* a frame larger than the caller's buffer is dropped, not cut */
    else {
        memcpy(buf, q->buffers + (uint64_t)id * NET_BUF + NET_HDR, len - NET_HDR);
        *read_size = len - NET_HDR;
    }
    if (id < q->size) {
        submit(q, (uint16_t)id);
        notify(d, q);
    }
    return r;
}

/* Takes back the transmit descriptors the device is done with. */
static void tx_reclaim(struct queue *q)
{
    while (USED_IDX(q) != q->seen_used) {
        barrier();
        uint32_t id = USED_RING(q, q->seen_used & (q->size - 1)).id;
        q->seen_used++;
        if (id < q->size && q->nfree < q->size)
            q->free[q->nfree++] = (uint16_t)id;
    }
}

solo5_result_t virtio_net_write(solo5_handle_t h, const uint8_t *buf, size_t size)
{
    struct device *d = device_of(h, MS5_DEV_NET_BASIC);
    if (d == 0 || size > NET_BUF - NET_HDR)
        return SOLO5_R_EINVAL;
    struct queue *q = &d->q[1];
    tx_reclaim(q);
    /* A full ring drains as the device sends; wait for it rather than drop the frame. */
    for (uint64_t spins = 0; q->nfree == 0; spins++) {
        if (spins > (1ull << 28))
            return SOLO5_R_EUNSPEC;
        __asm__ volatile("pause");
        tx_reclaim(q);
    }
    uint16_t id = q->free[--q->nfree];
    uint8_t *b = q->buffers + (uint64_t)id * NET_BUF;
    memset(b, 0, NET_HDR);
    memcpy(b + NET_HDR, buf, size);
    q->desc[id].addr = (uint64_t)(uintptr_t)b;
    q->desc[id].len = (uint32_t)(NET_HDR + size);
    q->desc[id].flags = 0;
    submit(q, id);
    notify(d, q);
    return SOLO5_R_OK;
}

solo5_result_t virtio_block_io(solo5_handle_t h, int write, solo5_off_t sector, uint8_t *buf)
{
    struct device *d = device_of(h, MS5_DEV_BLOCK_BASIC);
    if (d == 0)
        return SOLO5_R_EINVAL;
    static volatile struct {
        uint32_t type, reserved;
        uint64_t sector;
    } req;
    static volatile uint8_t status;
    struct queue *q = &d->q[0];
    req.type = write ? BLK_T_OUT : BLK_T_IN;
    req.reserved = 0;
    req.sector = sector;
    status = 0xff;
    q->desc[0] = (struct desc){(uint64_t)(uintptr_t)&req, sizeof req, D_NEXT, 1};
    q->desc[1] = (struct desc){(uint64_t)(uintptr_t)buf, SECTOR, (uint16_t)(D_NEXT | (write ? 0 : D_WRITE)), 2};
    q->desc[2] = (struct desc){(uint64_t)(uintptr_t)&status, 1, D_WRITE, 0};
    submit(q, 0);
    notify(d, q);
    while (USED_IDX(q) == q->seen_used)
        __asm__ volatile("pause" ::: "memory");
    q->seen_used++;
    barrier();
    return status == 0 ? SOLO5_R_OK : SOLO5_R_EUNSPEC;
}

void virtio_net_drain(uint64_t spins)
{
    if (manifest == 0)
        return;
    for (uint32_t h = 1; h < manifest->entries; h++) {
        struct queue *q = &devices[h].q[1];
        if (devices[h].type != MS5_DEV_NET_BASIC)
            continue;
        for (uint64_t n = 0; USED_IDX(q) != q->next_avail && n < spins; n++)
            __asm__ volatile("pause" ::: "memory");
    }
}
