#pragma once
// TAGSCOPE_CPU_CLONES: compile a hot loop for AVX-512, AVX2 and baseline x86-64, the loader picking one per machine
// (function multiversioning). Off outside x86-64, and under ThreadSanitizer, whose instrumentation of the loader's
// resolver runs before the sanitizer's runtime exists and crashes every program at start.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define TAGSCOPE_NO_CPU_CLONES
#endif
#endif
#if defined(__SANITIZE_THREAD__) || !defined(__x86_64__)
#define TAGSCOPE_NO_CPU_CLONES
#endif

#ifdef TAGSCOPE_NO_CPU_CLONES
#define TAGSCOPE_CPU_CLONES
#else
#define TAGSCOPE_CPU_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
