/*
 * virtio bindings, internal interface between the platform part (bindings.c:
 * boot, console, clocks, interrupts, exit) and the device part (virtio.c:
 * PCI enumeration and the legacy virtio-net and virtio-blk drivers).
 */
#ifndef MIRAGE_VIRTIO_H
#define MIRAGE_VIRTIO_H

#include "../include/mirage_solo5.h"
#include "../include/mirage_solo5_abi.h"

/* Guest memory for device rings and buffers, taken from the top of RAM (bindings.c). */
void *virtio_alloc_pages(uint64_t bytes);
/* A boot error: print it and stop with status 1. */
void virtio_boot_fail(const char *what, const char *name, const char *hint) __attribute__((noreturn));
void virtio_puts(const char *s);
void virtio_irq_unmask(unsigned irq);

/* Finds the virtio PCI devices, binds the manifest's devices to them in order (the n-th net
 * device of the manifest to the n-th virtio-net function on bus 0, likewise for block), fills
 * in their manifest entries and starts them. Stops the boot naming a device that has none. */
void virtio_devices_init(struct ms5_mft *mft);

/* Handles of net devices with a received frame waiting. */
solo5_handle_set_t virtio_net_ready(void);
/* Waits (at most `spins` pause loops per device) until the devices have taken every frame
 * written, so the last replies go out before the machine powers off. */
void virtio_net_drain(uint64_t spins);
/* Acknowledges an interrupt on `irq` for the devices wired to it. */
void virtio_irq(unsigned irq);

solo5_result_t virtio_net_read(solo5_handle_t h, uint8_t *buf, size_t size, size_t *read_size);
solo5_result_t virtio_net_write(solo5_handle_t h, const uint8_t *buf, size_t size);
solo5_result_t virtio_block_io(solo5_handle_t h, int write, solo5_off_t sector, uint8_t *buf);

#endif
