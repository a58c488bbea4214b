#ifndef FJORD_CRC32C_H
#define FJORD_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/// Extends a CRC32C (Castagnoli) over `length` bytes. Start with crc = 0.
/// Uses the SSE4.2 crc32 instruction when the CPU has it, slice-by-8 otherwise.
uint32_t fjord_crc32c_extend(uint32_t crc, const void *bytes, size_t length);

/// The portable slice-by-8 path, exposed so tests can check both paths agree.
uint32_t fjord_crc32c_extend_portable(uint32_t crc, const void *bytes, size_t length);

/// 1 when the hardware path is in use.
int fjord_crc32c_is_hardware_accelerated(void);

#endif
