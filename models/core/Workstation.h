#pragma once

#include <QString>

namespace ic::Workstation {

// Who this running system is, for telling whether a claim's process can be
// checked here: a random id made the first time the app runs for this user
// (kept in ~/.local/share/incident-commander), then "/" and the kernel's boot id. A
// cloned VM or a container shares the host name but not both; a process id
// is only meaningful on the same boot of the same installation.
QString id();

} // namespace ic::Workstation
