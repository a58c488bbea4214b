/* The C baseline for the codec benchmarks: the same libraries, called directly, with the
 * same settings Fjord uses (gzip default level, snappy in 32 KiB xerial blocks, LZ4 frames
 * with independent 64 KiB blocks, zstd level 3), on the same corpus file.
 * Prints `codec.op MB/s` lines like ProtocolBenchmarks. Build: see Benchmarks/run.sh. */
#include <lz4frame.h>
#include <snappy-c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>
#include <zstd.h>

static unsigned char *input, *packed, *unpacked;
static size_t input_size, packed_size, cap;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void gzip_compress(void) {
    z_stream s = {0};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    s.next_in = input; s.avail_in = input_size; s.next_out = packed; s.avail_out = cap;
    deflate(&s, Z_FINISH);
    packed_size = cap - s.avail_out;
    deflateEnd(&s);
}
static void gzip_decompress(void) {
    z_stream s = {0};
    inflateInit2(&s, 47);
    s.next_in = packed; s.avail_in = packed_size; s.next_out = unpacked; s.avail_out = cap;
    inflate(&s, Z_FINISH);
    inflateEnd(&s);
}
static void snappy_compress_blocks(void) {
    size_t out = 16;
    for (size_t at = 0; at < input_size; at += 32768) {
        size_t n = input_size - at < 32768 ? input_size - at : 32768, len = cap - out - 4;
        snappy_compress((const char *)input + at, n, (char *)packed + out + 4, &len);
        packed[out] = len >> 24; packed[out + 1] = len >> 16; packed[out + 2] = len >> 8; packed[out + 3] = len;
        out += 4 + len;
    }
    packed_size = out;
}
static void snappy_decompress_blocks(void) {
    size_t at = 16, out = 0;
    while (at < packed_size) {
        size_t len = (size_t)packed[at] << 24 | packed[at + 1] << 16 | packed[at + 2] << 8 | packed[at + 3], n;
        snappy_uncompressed_length((const char *)packed + at + 4, len, &n);
        snappy_uncompress((const char *)packed + at + 4, len, (char *)unpacked + out, &n);
        at += 4 + len; out += n;
    }
}
static void lz4_compress(void) {
    LZ4F_preferences_t p = {0};
    p.frameInfo.blockSizeID = LZ4F_max64KB;
    p.frameInfo.blockMode = LZ4F_blockIndependent;
    packed_size = LZ4F_compressFrame(packed, cap, input, input_size, &p);
}
static void lz4_decompress(void) {
    LZ4F_dctx *d;
    LZ4F_createDecompressionContext(&d, LZ4F_VERSION);
    size_t out = cap, in = packed_size;
    LZ4F_decompress(d, unpacked, &out, packed, &in, NULL);
    LZ4F_freeDecompressionContext(d);
}
static void zstd_compress(void) { packed_size = ZSTD_compress(packed, cap, input, input_size, 3); }
static void zstd_decompress(void) { ZSTD_decompress(unpacked, cap, packed, packed_size); }

static double rate(void (*f)(void)) {
    int calls = 1;
    for (;;) {
        double t = now();
        for (int i = 0; i < calls; i++) f();
        if (now() - t > 0.12) break;
        calls *= 2;
    }
    double times[5];
    for (int r = 0; r < 5; r++) {
        double t = now();
        for (int i = 0; i < calls; i++) f();
        times[r] = (now() - t) / calls;
    }
    for (int i = 0; i < 5; i++) for (int j = i + 1; j < 5; j++) if (times[j] < times[i]) { double x = times[i]; times[i] = times[j]; times[j] = x; }
    return input_size / times[2] / 1e6;
}

int main(int argc, char **argv) {
    FILE *f = fopen(argv[1], "rb");
    fseek(f, 0, SEEK_END); input_size = ftell(f); fseek(f, 0, SEEK_SET);
    cap = input_size * 2 + 65536;
    input = malloc(input_size); packed = malloc(cap); unpacked = malloc(cap);
    if (fread(input, 1, input_size, f) != input_size) return 1;
    struct { const char *name; void (*c)(void), (*d)(void); } codecs[] = {
        {"gzip", gzip_compress, gzip_decompress}, {"snappy", snappy_compress_blocks, snappy_decompress_blocks},
        {"lz4", lz4_compress, lz4_decompress}, {"zstd", zstd_compress, zstd_decompress}};
    for (int i = 0; i < 4; i++) {
        printf("%s.compress %.3f MB/s\n", codecs[i].name, rate(codecs[i].c));
        codecs[i].c();
        printf("%s.decompress %.3f MB/s\n", codecs[i].name, rate(codecs[i].d));
        codecs[i].d();
        if (memcmp(unpacked, input, input_size) != 0) { fprintf(stderr, "%s round trip failed\n", codecs[i].name); return 1; }
    }
    return 0;
}
