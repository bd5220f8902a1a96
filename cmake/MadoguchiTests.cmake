# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Registers the Catch2 test cases of a target with ctest, each run with the environment every test
# pins (time zone, locale, Qt platform) plus the given variables, and with the given properties.
#   madoguchi_discover_tests(target [ENVIRONMENT VAR=VALUE ...] [PROPERTIES name value ...])
# catch_discover_tests hands its PROPERTIES on as one flat list, so a list-valued ENVIRONMENT arrives
# as its first entry only (and the entries after it become property names). The environment is set
# instead by a ctest script of our own, included after Catch's, on the test names Catch lists.
function(madoguchi_discover_tests target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "ENVIRONMENT;PROPERTIES")
    set(environment TZ=UTC LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen ${arg_ENVIRONMENT})
    if(arg_PROPERTIES)
        catch_discover_tests(${target} TEST_LIST ${target}_TESTS PROPERTIES ${arg_PROPERTIES})
    else()
        catch_discover_tests(${target} TEST_LIST ${target}_TESTS)
    endif()
    set(script "${CMAKE_CURRENT_BINARY_DIR}/${target}_environment.cmake")
    file(WRITE "${script}"
         "foreach(test IN LISTS ${target}_TESTS)\n"
         "    set_tests_properties(\"\${test}\" PROPERTIES ENVIRONMENT \"${environment}\")\n"
         "endforeach()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${script}")
endfunction()
