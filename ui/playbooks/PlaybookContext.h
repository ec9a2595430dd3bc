#pragma once

#include "ui/Panes.h"

namespace ic {

class ChecklistStore;
class PlaybookLibrary;

// The playbook library and the checklist store the Playbooks view and the
// Checklist pane share while a workspace is open. Created on first use as
// children of the open workspace, so they go when it closes.
PlaybookLibrary *sharedPlaybookLibrary(const PaneContext &context);
ChecklistStore *sharedChecklistStore(const PaneContext &context);

} // namespace ic
