#pragma once

// Shared libraries loaded on first use instead of at start.
//
// Every library the program links is loaded, relocated and initialised
// before main(), which on our workstations costs about half a millisecond
// each (ic_bench startup). Libraries that only some panes or workspaces
// need (libpq, Graphviz, cmark-gfm, libsodium) are therefore not linked:
// each shim file (store/LibPq.cpp, escalation/LibGraphviz.cpp,
// playbooks/LibCmark.cpp, record/LibSodium.cpp) defines the functions this
// program calls, with the library's own declaration from its header, and
// each looks up the real function on its first call. GNU ld has no delayed
// loading and no Debian package offers such stubs, hence our own.
//
// A library that cannot be loaded stops the program with a message naming
// it and its Debian package (the .deb depends on all of them).
namespace ic::Lazy {

struct Library
{
    const char *soname;  // "libpq.so.5": the ABI the headers describe
    const char *package; // "libpq5"
    const char *purpose; // "talk to PostgreSQL"
};

// The library's handle, loaded once (thread-safe).
void *open(const Library &library);
// A symbol of the library or of a library it depends on.
void *symbol(const Library &library, const char *name);

} // namespace ic::Lazy

// Defines Name with the library's declaration (a signature that differs
// from the header does not compile); the real function is found once.
#define IC_LAZY_FUNCTION(LibraryObject, Return, Name, Parameters, Arguments)                       \
    Return Name Parameters                                                                         \
    {                                                                                              \
        static const auto real =                                                                   \
            reinterpret_cast<decltype(&::Name)>(ic::Lazy::symbol(LibraryObject, #Name));           \
        return real Arguments;                                                                     \
    }
