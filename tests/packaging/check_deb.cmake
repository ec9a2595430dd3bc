# Builds the DEB with CPack from the build tree and checks that it declares
# its dependencies, that apt can install it here, and that the packaged
# binary starts. Run with cmake -P; see tests/packaging/CMakeLists.txt.
#
# In: CPACK_CONFIG, CPACK, WORK_DIR, VERSION
cmake_minimum_required(VERSION 3.25)

# A missing tool is a failure that names the Debian package to install.
function(require_tool var program package)
  find_program(${var} ${program})
  if(NOT ${var})
    message(FATAL_ERROR "${program} is not installed: apt-get install ${package}")
  endif()
endfunction()
require_tool(DPKG_DEB dpkg-deb dpkg)
require_tool(DPKG dpkg dpkg)
require_tool(DPKG_SHLIBDEPS dpkg-shlibdeps dpkg-dev) # used by cpack
require_tool(APT_GET apt-get apt)
require_tool(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
require_tool(APPSTREAMCLI appstreamcli appstream)

function(run what)
  execute_process(COMMAND ${ARGN}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

function(expect text pattern what)
  if(NOT text MATCHES "${pattern}")
    message(FATAL_ERROR "${what}: no match for '${pattern}' in:\n${text}")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

run("cpack" "${CPACK}" -G DEB --config "${CPACK_CONFIG}" -B "${WORK_DIR}/out")
file(GLOB debs "${WORK_DIR}/out/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${WORK_DIR}/out, found: ${debs}")
endif()
set(deb "${debs}")
message(STATUS "built ${deb}")

# Control fields: the hand-listed run-time plugins and libraries, plus what
# dpkg-shlibdeps found (libqt6core6, libpq5 prove it ran).
run("dpkg-deb -I" "${DPKG_DEB}" -I "${deb}")
set(info "${out}")
expect("${info}" "\n Package: incident-commander\n" "package name")
expect("${info}" "\n Version: ${VERSION}[-\n]" "version")
expect("${info}" "\n Section: admin\n" "section")
expect("${info}" "\n Description: [^\n]+\n  Incident Commander lists [^\n]+\n" "description")
expect("${info}" "\n Maintainer: [^\n]+<[^\n]+@[^\n]+>\n" "maintainer")
string(REGEX MATCH "\n Depends: [^\n]*" depends "${info}")
foreach(dep libqt6sql6-psql libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6core6
            libqt6widgets6 libpq5 libgvc6 libcmark-gfm-extensions0.29.0.gfm.6 libsodium23)
  expect("${depends}" "[ ,]${dep}[ ,(\n]|[ ,]${dep}$" "Depends")
endforeach()
string(REGEX MATCH "\n Recommends: [^\n]*" recommends "${info}")
foreach(dep libsecret-1-0 gnome-keyring qt6-translations-l10n)
  expect("${recommends}" "[ ,]${dep}[ ,|(]|[ ,]${dep}$" "Recommends")
endforeach()

run("dpkg-deb -c" "${DPKG_DEB}" -c "${deb}")
foreach(path
    ./usr/bin/incident-commander
    ./usr/share/applications/app.incident_commander.IncidentCommander.desktop
    ./usr/share/metainfo/app.incident_commander.IncidentCommander.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/app.incident_commander.IncidentCommander.svg
    ./usr/share/doc/incident-commander/copyright)
  string(REPLACE "." "\\." re "${path}")
  expect("${out}" " ${re}\n" "package contents")
endforeach()

# apt resolves every dependency from the installed system or its sources.
# --simulate changes nothing, also when run as root.
run("apt-get install --simulate" "${APT_GET}" install --simulate --no-install-recommends "${deb}")
expect("${out}" "Inst incident-commander " "apt-get simulation")

# The packaged files, unpacked as dpkg would: the desktop integration still
# validates in place, and the binary starts.
set(root "${WORK_DIR}/root")
run("dpkg -x" "${DPKG}" -x "${deb}" "${root}")
run("desktop-file-validate (packaged)" "${DESKTOP_FILE_VALIDATE}"
  "${root}/usr/share/applications/app.incident_commander.IncidentCommander.desktop")
run("appstreamcli validate-tree" "${APPSTREAMCLI}" validate-tree --no-net "${root}")
run("incident-commander --version" "${root}/usr/bin/incident-commander" --version)
expect("${out}" "^incident-commander ${VERSION}\n$" "--version output")

file(REMOVE_RECURSE "${WORK_DIR}")
