# SPDX-License-Identifier: GPL-3.0-or-later
# nlohmann/json (header-only; Debian nlohmann-json3-dev) as the target wd::json.
# Native builds use its CMake package. A cross build (mingw) must not see the build machine's
# /usr/include, where glibc's headers would shadow the target's: only the nlohmann/ folder is
# copied into the build tree and that copy is the include directory.
if(TARGET wd_json)
  return()
endif()
add_library(wd_json INTERFACE)
add_library(wd::json ALIAS wd_json)
if(CMAKE_CROSSCOMPILING)
  find_path(WD_NLOHMANN_JSON_PARENT nlohmann/json.hpp
            PATHS /usr/include /usr/local/include NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  if(NOT WD_NLOHMANN_JSON_PARENT)
    message(FATAL_ERROR "nlohmann/json.hpp not found: scripts/install-deps.sh installs nlohmann-json3-dev")
  endif()
  set(WD_NLOHMANN_JSON_STAGED ${CMAKE_BINARY_DIR}/staged-include)
  file(COPY ${WD_NLOHMANN_JSON_PARENT}/nlohmann DESTINATION ${WD_NLOHMANN_JSON_STAGED})
  target_include_directories(wd_json SYSTEM INTERFACE ${WD_NLOHMANN_JSON_STAGED})
else()
  find_package(nlohmann_json 3.10 REQUIRED CONFIG)
  target_link_libraries(wd_json INTERFACE nlohmann_json::nlohmann_json)
endif()
