#include "models/detection/RuleLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace ic::RuleLibrary {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Detection)
};

constexpr int MaxFilesPerFolder = 500;

void add(RuleSet &set, QHash<QString, QString> &seen, const QString &path)
{
    auto rule = RuleFile::read(path);
    if (!rule) {
        const auto id = RuleFile::idFromPath(path);
        set.problems.append({path, id ? id.value() : QString(), rule.error().message});
        return;
    }
    if (seen.contains(rule->id)) {
        set.problems.append(
            {path, rule->id,
             Tr::tr("The detection rule %1 has the id \"%2\" of the rule already loaded from %3. "
                    "It was not loaded; the other rules still run. Rename the file.")
                 .arg(QDir::toNativeSeparators(path), rule->id, seen.value(rule->id))});
        return;
    }
    seen.insert(rule->id, rule->source);
    set.rules.append(rule.value());
}
} // namespace

QStringList builtInFiles()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/rules"));
    for (const QString &f : dir.entryList({QStringLiteral("*.rule")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

RuleSet load(const QStringList &folders, bool includeBuiltIn)
{
    RuleSet set;
    QHash<QString, QString> seen; // id -> where it came from
    if (includeBuiltIn) {
        for (const QString &f : builtInFiles())
            add(set, seen, f);
    }
    for (const QString &folder : folders) {
        const QFileInfo fi(folder);
        if (!fi.isDir() || !fi.isReadable()) {
            set.problems.append(
                {folder, QString(),
                 Tr::tr("The rule folder %1 does not exist or cannot be read. Its rules were not "
                        "loaded; the other rules still run. Check the folder, or remove it from "
                        "the list.")
                     .arg(QDir::toNativeSeparators(folder))});
            continue;
        }
        const QDir dir(folder);
        const QStringList files =
            dir.entryList({QStringLiteral("*.rule")}, QDir::Files | QDir::Readable, QDir::Name);
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (i >= MaxFilesPerFolder) {
                set.problems.append(
                    {folder, QString(),
                     Tr::tr("The rule folder %1 holds more than %2 rule files; only the first %2 "
                            "(by name) were loaded.")
                         .arg(QDir::toNativeSeparators(folder))
                         .arg(MaxFilesPerFolder)});
                break;
            }
            add(set, seen, dir.filePath(files.at(i)));
        }
    }
    return set;
}

} // namespace ic::RuleLibrary
