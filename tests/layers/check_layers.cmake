# The dependency picture, checked on the source tree (run by ctest as
# `cmake -DSOURCE_DIR=... -P check_layers.cmake`):
#  - models/ is built in floors; a folder includes only floors below its own
#    (core < store < timeline < incidents < playbooks, notify, review, record
#     < actions, audit, demo, escalation, evidence < detection < session);
#  - nothing in models/ includes ui/ or a widget;
#  - no file in ui/ includes the database layer: a widget asks the session;
#  - no production file is over 600 lines.
cmake_minimum_required(VERSION 3.25)

set(floor_core 0)
set(floor_store 1)
set(floor_timeline 2)
set(floor_incidents 3)
set(floor_playbooks 4)
set(floor_notify 4)
set(floor_review 4)
set(floor_record 4)
set(floor_actions 5)
set(floor_audit 5)
set(floor_demo 5)
set(floor_escalation 5)
set(floor_evidence 5)
set(floor_detection 6)
set(floor_session 7)

set(MaxLines 600)
# No file is allowed over the limit now: a file that grows past it is split.
set(LongFilesAllowed)
# Known arrows against the floors, each a debt: the record's person keys sign
# with evidence/Signing (Signing belongs one floor down, in core or record).
# The event log appends each event's leaf to the workspace's Merkle log and
# signs it: the record's lower parts (tree, node store, leaf encoding, person
# key) belong on a floor under timeline, apart from the checks above it.
set(ArrowsAllowed
  "models/record/PersonKey.cpp:models/evidence/Signing.h"
  "models/timeline/EventLog.cpp:models/record/PersonKey.h"
  "models/timeline/EventLog.cpp:models/record/RecordEvent.h"
  "models/timeline/EventLog.cpp:models/record/SqlNodeStore.h")

set(problems "")
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/models/*.cpp
  ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
  ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)

foreach(file IN LISTS sources)
  file(READ ${SOURCE_DIR}/${file} content)
  string(REGEX MATCHALL "\n" newlines "${content}")
  list(LENGTH newlines count)
  if(count GREATER MaxLines AND NOT file IN_LIST LongFilesAllowed)
    list(APPEND problems "${file}: ${count} lines (more than ${MaxLines}: two ideas?)")
  endif()
  file(STRINGS ${SOURCE_DIR}/${file} includes REGEX "^#include")
  string(REGEX MATCH "^([a-z]+)/([a-z]+)/" where ${file})
  set(layer ${CMAKE_MATCH_1})
  set(folder ${CMAKE_MATCH_2})
  foreach(inc IN LISTS includes)
    if(layer STREQUAL "models")
      if(inc MATCHES "\"ui/" OR inc MATCHES "<Q(Widget|Widgets|MainWindow|Dialog|Action)>")
        list(APPEND problems "${file}: ${inc} (models/ has no widgets)")
      endif()
      if(inc MATCHES "\"models/([a-z]+)/" AND DEFINED floor_${folder})
        set(to ${CMAKE_MATCH_1})
        string(REGEX MATCH "models/[a-z]+/[A-Za-z]+\\.h" target "${inc}")
        if(NOT to STREQUAL folder AND DEFINED floor_${to}
           AND NOT floor_${to} LESS floor_${folder}
           AND NOT "${file}:${target}" IN_LIST ArrowsAllowed)
          list(APPEND problems "${file}: ${inc} (${folder} may only include floors below it)")
        endif()
      endif()
    elseif(layer STREQUAL "ui")
      if(inc MATCHES "models/store/(SqlExecutor|Database|WorkspaceConnection)\\.h"
         OR inc MATCHES "<QSql(Database|Query)>")
        list(APPEND problems "${file}: ${inc} (a widget asks the session, never the database)")
      endif()
    endif()
  endforeach()
endforeach()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "The layers do not hold:\n  ${text}")
endif()
list(LENGTH sources n)
message(STATUS "layers hold (${n} files)")
