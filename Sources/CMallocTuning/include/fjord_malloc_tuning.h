#ifndef FJORD_MALLOC_TUNING_H
#define FJORD_MALLOC_TUNING_H

// Sets glibc's mmap threshold to mmap_threshold bytes and its trim threshold to
// trim_threshold bytes (mallopt M_MMAP_THRESHOLD, M_TRIM_THRESHOLD). Returns 1 when both were
// accepted, 0 otherwise (and on a C library other than glibc, where it does nothing).
int fjord_malloc_keep_large_blocks(int mmap_threshold, int trim_threshold);

#endif
