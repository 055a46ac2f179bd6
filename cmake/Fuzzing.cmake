# libFuzzer targets under tests/fuzz, built with -DKEYSTONE_FUZZ=ON and clang only:
#   CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DKEYSTONE_FUZZ=ON -DKEYSTONE_BUILD_GUI=OFF
# Everything in the tree is compiled with coverage instrumentation, ASan and UBSan;
# see docs/safety.md, "Fuzzing", for running the targets.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "KEYSTONE_FUZZ=ON needs clang (libFuzzer): configure with CXX=clang++-14")
endif()

add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
add_link_options(-fsanitize=address,undefined)

function(keystone_add_fuzzer name)
  add_executable(${name} ${ARGN})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endfunction()
