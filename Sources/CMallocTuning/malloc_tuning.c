// mallopt lives in <malloc.h>, which Swift's Glibc module does not export.
#include "fjord_malloc_tuning.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int fjord_malloc_keep_large_blocks(int mmap_threshold, int trim_threshold) {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, mmap_threshold) == 1 && mallopt(M_TRIM_THRESHOLD, trim_threshold) == 1;
#else
    (void)mmap_threshold;
    (void)trim_threshold;
    return 0;
#endif
}
