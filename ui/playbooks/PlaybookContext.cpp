#include "ui/playbooks/PlaybookContext.h"

#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/playbooks/ChecklistStore.h"
#include "models/playbooks/PlaybookLibrary.h"
#include "models/store/WorkspaceConnection.h"

namespace ic {

namespace {

QObject *owner(const PaneContext &context)
{
    if (context.workspace)
        return context.workspace;
    return context.navigator;
}

} // namespace

PlaybookLibrary *sharedPlaybookLibrary(const PaneContext &context)
{
    QObject *parent = owner(context);
    const QString name = QStringLiteral("playbookLibrary");
    if (auto *existing = parent->findChild<PlaybookLibrary *>(name, Qt::FindDirectChildrenOnly))
        return existing;
    auto *library = new PlaybookLibrary(parent);
    library->setObjectName(name);
    library->setFolders(context.settings ? context.settings->playbookFolders() : QStringList());
    return library;
}

ChecklistStore *sharedChecklistStore(const PaneContext &context)
{
    QObject *parent = owner(context);
    const QString name = QStringLiteral("checklistStore");
    if (auto *existing = parent->findChild<ChecklistStore *>(name, Qt::FindDirectChildrenOnly))
        return existing;
    auto *store = new ChecklistStore(
        context.workspace ? context.workspace->storeExecutor() : nullptr, *context.clock,
        context.settings ? context.settings->actorName() : QString(), context.readOnly, parent);
    store->setObjectName(name);
    return store;
}

} // namespace ic
