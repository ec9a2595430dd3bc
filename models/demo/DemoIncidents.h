#pragma once

#include "models/core/Result.h"
#include "models/demo/DemoWorld.h"

#include <QSqlDatabase>

namespace ic::DemoData {

// The demo's incidents, each the story of one planted attack (and one
// routine finding), written through the incident repository as they would
// have happened. Returns how many were created.
Result<int> writeIncidents(QSqlDatabase &db, const World &world);

} // namespace ic::DemoData
