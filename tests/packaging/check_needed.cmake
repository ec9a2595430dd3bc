# The libraries the program names as needed (readelf -d, package binutils):
# libpq, Graphviz, cmark-gfm and libsodium are not among them: they are
# loaded on first use (models/core/LazyLibrary.h).
find_program(READELF readelf)
if(NOT READELF)
  message(FATAL_ERROR "readelf is not installed: apt-get install binutils")
endif()
execute_process(COMMAND ${READELF} -d ${BINARY}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf -d ${BINARY} failed (${rc}): ${err}")
endif()
if(NOT out MATCHES "NEEDED.*libQt6Core")
  message(FATAL_ERROR "readelf -d ${BINARY} lists no Qt library, so it read something else:\n${out}")
endif()
foreach(lib libpq libldap libgnutls libsasl2 libgvc libcgraph libcmark-gfm libcmark-gfm-extensions
    libsodium)
  if(out MATCHES "NEEDED[^\n]*\\[${lib}[.]")
    message(FATAL_ERROR "${BINARY} links ${lib} at start; it should be loaded on first use "
                        "(models/core/LazyLibrary.h):\n${out}")
  endif()
endforeach()
