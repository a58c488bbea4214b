import CMallocTuning

/// Keeps large freed blocks in glibc's heap for reuse instead of handing them back to the
/// kernel.
///
/// Segments being written and fetch responses are megabytes each, allocated and freed all the
/// time. By default glibc serves such blocks with `mmap` and trims freed heap tops past
/// 128 KiB, so each new one faults in fresh pages that the kernel must zero first: in the
/// profile (`Benchmarks/profile.sh`, docs/benchmarks.md) that zeroing was 15% of the produce
/// path's CPU and 32% of the fetch path's. With blocks up to 32 MiB (glibc's largest
/// threshold) kept in the heap and trimming only past 1 GiB free, memory is reused instead.
/// The cost: the resident size stays near its high-water mark, which the batch cache and the
/// in-flight segment limits bound. `GLIBC_TUNABLES` naming a malloc setting wins.
enum MallocTuning {
    static func apply(environment: [String: String]) {
        guard !(environment["GLIBC_TUNABLES"] ?? "").contains("glibc.malloc.") else { return }
        _ = fjord_malloc_keep_large_blocks(32 << 20, 1 << 30)
    }
}
