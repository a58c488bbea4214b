// CRC32C (Castagnoli, reflected polynomial 0x82F63B78) as used by Kafka record batches.
// Hardware path: crc32q, in three interleaved chains on long inputs (about 8 bytes per cycle)
// and one chain on short ones; the portable path is the classic slice-by-8 table walk.
#include "fjord_crc32c.h"
#include <string.h>

static uint32_t table[8][256];
static int table_ready;

static void build_table(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
        table[0][n] = c;
    }
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = table[0][n];
        for (int k = 1; k < 8; k++) {
            c = table[0][c & 0xff] ^ (c >> 8);
            table[k][n] = c;
        }
    }
    __atomic_store_n(&table_ready, 1, __ATOMIC_RELEASE);
}

uint32_t fjord_crc32c_extend_portable(uint32_t crc, const void *bytes, size_t length) {
    if (!__atomic_load_n(&table_ready, __ATOMIC_ACQUIRE)) build_table(); // idempotent, racing writers store equal values
    const uint8_t *p = bytes;
    crc = ~crc;
    while (length && ((uintptr_t)p & 7)) { crc = table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8); length--; }
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        word ^= crc;
        crc = table[7][word & 0xff] ^ table[6][(word >> 8) & 0xff] ^ table[5][(word >> 16) & 0xff] ^
              table[4][(word >> 24) & 0xff] ^ table[3][(word >> 32) & 0xff] ^ table[2][(word >> 40) & 0xff] ^
              table[1][(word >> 48) & 0xff] ^ table[0][word >> 56];
        p += 8;
        length -= 8;
    }
    while (length--) crc = table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

#if defined(__x86_64__)
#include <nmmintrin.h>

// Three independent crc32q chains hide the instruction's 3-cycle latency (one chain does
// 8 bytes per 3 cycles, three do about 8 per cycle). Long inputs are taken in chunks of three
// blocks; the three blocks' CRCs are joined as zlib's crc32_combine does, by multiplying by
// x^(8 * block) modulo the polynomial.
enum { hw_block = 16384 };

// a * b modulo the CRC32C polynomial, in the reflected bit order the CRC uses.
static uint32_t multmodp(uint32_t a, uint32_t b) {
    uint32_t m = 1u << 31, p = 0;
    for (;;) {
        if (a & m) {
            p ^= b;
            if ((a & (m - 1)) == 0) break;
        }
        m >>= 1;
        b = (b & 1) ? (b >> 1) ^ 0x82F63B78u : b >> 1;
    }
    return p;
}

// x^(8 * length) modulo the polynomial: what a CRC is multiplied by to append length bytes.
static uint32_t x8nmodp(size_t length) {
    uint32_t square = 1u << 30;  // x^1
    uint32_t p = 1u << 31;       // x^0
    for (unsigned k = 0; k < 3; k++) square = multmodp(square, square);  // x^8
    while (length) {
        if (length & 1) p = multmodp(square, p);
        length >>= 1;
        square = multmodp(square, square);
    }
    return p;
}

static uint32_t block_shift;  // x8nmodp(hw_block), set once by fjord_crc32c_is_hardware_accelerated

__attribute__((target("sse4.2")))
static uint32_t crc32c_hw(uint32_t crc, const uint8_t *p, size_t length) {
    uint64_t c = ~crc;
    while (length && ((uintptr_t)p & 7)) { c = _mm_crc32_u8((uint32_t)c, *p++); length--; }
    while (length >= 3 * hw_block) {
        uint64_t a = c, b = 0xffffffffu, d = 0xffffffffu;
        for (size_t i = 0; i < hw_block; i += 8) {
            uint64_t wa, wb, wd;
            memcpy(&wa, p + i, 8); memcpy(&wb, p + hw_block + i, 8); memcpy(&wd, p + 2 * hw_block + i, 8);
            a = _mm_crc32_u64(a, wa);
            b = _mm_crc32_u64(b, wb);
            d = _mm_crc32_u64(d, wd);
        }
        // The three blocks' CRCs (conditioned, the last two as if each started a message), joined.
        uint32_t joined = multmodp(block_shift, multmodp(block_shift, ~(uint32_t)a) ^ ~(uint32_t)b) ^ ~(uint32_t)d;
        c = ~joined;
        p += 3 * hw_block;
        length -= 3 * hw_block;
    }
    while (length >= 32) {
        uint64_t a, b, d, e;
        memcpy(&a, p, 8); memcpy(&b, p + 8, 8); memcpy(&d, p + 16, 8); memcpy(&e, p + 24, 8);
        c = _mm_crc32_u64(c, a);
        c = _mm_crc32_u64(c, b);
        c = _mm_crc32_u64(c, d);
        c = _mm_crc32_u64(c, e);
        p += 32;
        length -= 32;
    }
    while (length >= 8) { uint64_t w; memcpy(&w, p, 8); c = _mm_crc32_u64(c, w); p += 8; length -= 8; }
    while (length--) c = _mm_crc32_u8((uint32_t)c, *p++);
    return ~(uint32_t)c;
}

static int hw_state; // 0 unknown, 1 yes, 2 no

int fjord_crc32c_is_hardware_accelerated(void) {
    int s = __atomic_load_n(&hw_state, __ATOMIC_ACQUIRE);
    if (s == 0) {
        __builtin_cpu_init();
        s = __builtin_cpu_supports("sse4.2") ? 1 : 2;
        // block_shift before hw_state (release), so a thread that sees the hardware path
        // sees the constant; racing threads store equal values.
        __atomic_store_n(&block_shift, x8nmodp(hw_block), __ATOMIC_RELAXED);
        __atomic_store_n(&hw_state, s, __ATOMIC_RELEASE);
    }
    return s == 1;
}

uint32_t fjord_crc32c_extend(uint32_t crc, const void *bytes, size_t length) {
    if (fjord_crc32c_is_hardware_accelerated()) return crc32c_hw(crc, bytes, length);
    return fjord_crc32c_extend_portable(crc, bytes, length);
}
#else
int fjord_crc32c_is_hardware_accelerated(void) { return 0; }
uint32_t fjord_crc32c_extend(uint32_t crc, const void *bytes, size_t length) {
    return fjord_crc32c_extend_portable(crc, bytes, length);
}
#endif
