#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QTreeWidget;

namespace ic {

// Help → Keyboard Shortcuts: every shortcut the window has registered at
// the moment it opens, read from its QActions and QShortcuts (never a
// second list to keep in step), with what each does and where it works.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString keys;  // "Ctrl+K", several joined by ", " (as the platform writes them)
        QString what;  // "Contain…", the command's own text without its mnemonic
        QString where; // the menu it is in, or the pane it works in
    };

    explicit ShortcutsDialog(QWidget *window);

    // What `window` registers now, grouped by where, in the order made.
    static QList<Entry> collect(QWidget *window);
    QList<Entry> entries() const { return m_entries; }

    // Reads the window's shortcuts again (a pane built since adds its own).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    QWidget *m_window;
    QList<Entry> m_entries;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace ic
