/*
 * mirage_solo5_devices.h — the manifest side of device handling, the same for every target's
 * bindings (native/spt, native/hvt): a handle is a manifest index; acquiring a device finds it
 * by name and type and reads what the tender recorded in its entry. Only the I/O differs per
 * target (syscalls on spt, hypercalls on hvt).
 */
#ifndef MIRAGE_SOLO5_DEVICES_H
#define MIRAGE_SOLO5_DEVICES_H

#include "mirage_solo5.h"
#include "mirage_solo5_abi.h"

/* The attached entry behind `h` if it has `type`, else 0. */
static inline const struct ms5_mft_entry *ms5_device(const struct ms5_mft *mft,
                                                     solo5_handle_t h, uint32_t type)
{
    if (mft == 0 || h >= mft->entries)
        return 0;
    const struct ms5_mft_entry *e = &mft->e[h];
    return e->type == type && e->attached ? e : 0;
}

static inline solo5_result_t ms5_net_acquire(const struct ms5_mft *mft, const char *name,
                                             solo5_handle_t *handle,
                                             struct solo5_net_info *info)
{
    int i = ms5_mft_find(mft, name, MS5_DEV_NET_BASIC);
    if (i < 0 || !mft->e[i].attached)
        return SOLO5_R_EINVAL;
    *handle = (solo5_handle_t)i;
    for (int k = 0; k < SOLO5_NET_ALEN; k++)
        info->mac_address[k] = mft->e[i].u.net.mac[k];
    info->mtu = mft->e[i].u.net.mtu;
    return SOLO5_R_OK;
}

static inline solo5_result_t ms5_block_acquire(const struct ms5_mft *mft, const char *name,
                                               solo5_handle_t *handle,
                                               struct solo5_block_info *info)
{
    int i = ms5_mft_find(mft, name, MS5_DEV_BLOCK_BASIC);
    if (i < 0 || !mft->e[i].attached)
        return SOLO5_R_EINVAL;
    *handle = (solo5_handle_t)i;
    info->capacity = mft->e[i].u.block.capacity;
    info->block_size = mft->e[i].u.block.block_size;
    return SOLO5_R_OK;
}

#endif
