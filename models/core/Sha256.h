#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace ic {

// SHA-256 through OpenSSL, incremental (for streamed files) or in one call.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    QByteArray result(); // 32 bytes; the hash cannot be extended afterwards
    QString hex();

    static QByteArray of(QByteArrayView bytes);
    static QString hexOf(QByteArrayView bytes);

private:
    evp_md_ctx_st *m_ctx;
};

} // namespace ic
