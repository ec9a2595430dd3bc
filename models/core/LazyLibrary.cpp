#include "models/core/LazyLibrary.h"

#include <QHash>
#include <QMutex>
#include <QtGlobal>

#include <dlfcn.h>

namespace ic::Lazy {

void *open(const Library &library)
{
    static QMutex mutex;
    static QHash<const Library *, void *> handles;
    QMutexLocker lock(&mutex);
    if (void *h = handles.value(&library))
        return h;
    // RTLD_LOCAL: the library's symbols do not interpose on anyone else's; a
    // Qt plugin that links the same soname shares this one copy.
    void *h = dlopen(library.soname, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        qFatal("Incident Commander needs %s (Debian package %s) to %s, and it could not be "
               "loaded: %s",
               library.soname, library.package, library.purpose, dlerror());
    handles.insert(&library, h);
    return h;
}

void *symbol(const Library &library, const char *name)
{
    void *s = dlsym(open(library), name);
    if (!s)
        qFatal("%s (Debian package %s) has no %s: it is older than this program needs",
               library.soname, library.package, name);
    return s;
}

} // namespace ic::Lazy
