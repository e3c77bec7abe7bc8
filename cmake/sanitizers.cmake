# Sanitizer and fuzzing builds (issue #7). Both are for a build directory of their own; Qt itself
# is not instrumented, only pcitopo's code.
#   -DPCITOPO_SANITIZE=ON   AddressSanitizer + UndefinedBehaviorSanitizer on every target
#                           (any UB report aborts: -fno-sanitize-recover), for running the tests.
#   -DPCITOPO_FUZZ=ON       implies PCITOPO_SANITIZE, needs clang: adds libFuzzer's coverage
#                           instrumentation and the fuzz targets (fuzz/). The tests still link and
#                           run in such a build, so one build directory serves both CI stages.
option(PCITOPO_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PCITOPO_FUZZ "Build the libFuzzer targets (clang only; implies PCITOPO_SANITIZE)" OFF)

if(PCITOPO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PCITOPO_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    set(PCITOPO_SANITIZE ON CACHE BOOL "" FORCE)
    # Coverage for libFuzzer everywhere; only the fuzz targets link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(PCITOPO_SANITIZE)
    set(_pcitopo_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined)
    add_compile_options(${_pcitopo_sanitizers} -fno-omit-frame-pointer)
    add_link_options(${_pcitopo_sanitizers})
endif()
