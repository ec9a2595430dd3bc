#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QToolButton;

namespace ic {

// An inline message above the content, instead of a modal dialog: it says
// what happened and offers the next step. Readable without colour (the kind
// is spelled out in the text).
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text, const QString &detail = {});
    QPushButton *addAction(const QString &text, const QString &objectName);
    void clearActions();
    QString text() const; // what the user reads, as plain text
    Kind kind() const { return m_kind; }

signals:
    void dismissed();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void restyleLater();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QString m_plainText;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    bool m_restylePending = false;
};

} // namespace ic
