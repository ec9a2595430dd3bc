// Graphviz (cgraph and gvc, with the dot layout plugin), loaded when the
// first escalation graph is laid out (core/LazyLibrary.h): most sessions
// never open the Escalation tab, and Graphviz brings six libraries.
#include "models/core/LazyLibrary.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace {
// libgvc depends on libcgraph, so its handle finds the ag* functions too.
const ic::Lazy::Library LibGvc{"libgvc.so.6", "libgvc6", "lay out escalation graphs"};
} // namespace

#define IC_GRAPHVIZ(Return, Name, Parameters, Arguments)                                           \
    IC_LAZY_FUNCTION(LibGvc, Return, Name, Parameters, Arguments)

// The one data symbol used: the description of a directed graph, which
// cgraph defines as directed, not strict, loops allowed, a main graph.
Agdesc_t Agdirected = [] {
    Agdesc_t d{};
    d.directed = 1;
    d.maingraph = 1;
    return d;
}();

IC_GRAPHVIZ(GVC_t *, gvContext, (void), ())
IC_GRAPHVIZ(int, gvFreeLayout, (GVC_t * gvc, graph_t *g), (gvc, g))
IC_GRAPHVIZ(int, gvLayout, (GVC_t * gvc, graph_t *g, const char *engine), (gvc, g, engine))
IC_GRAPHVIZ(Agsym_t *, agattr, (Agraph_t * g, int kind, char *name, char *value),
            (g, kind, name, value))
IC_GRAPHVIZ(int, agclose, (Agraph_t * g), (g))
IC_GRAPHVIZ(Agedge_t *, agedge,
            (Agraph_t * g, Agnode_t *t, Agnode_t *h, char *name, int createflag),
            (g, t, h, name, createflag))
IC_GRAPHVIZ(Agnode_t *, agnode, (Agraph_t * g, char *name, int createflag), (g, name, createflag))
IC_GRAPHVIZ(Agraph_t *, agopen, (char *name, Agdesc_t desc, Agdisc_t *disc), (name, desc, disc))
IC_GRAPHVIZ(int, agsafeset, (void *obj, char *name, char *value, char *def),
            (obj, name, value, def))
IC_GRAPHVIZ(agerrlevel_t, agseterr, (agerrlevel_t level), (level))
IC_GRAPHVIZ(agusererrf, agseterrf, (agusererrf f), (f))
IC_GRAPHVIZ(char *, agstrdup_html, (Agraph_t * g, char *s), (g, s))
IC_GRAPHVIZ(Agraph_t *, agsubg, (Agraph_t * g, char *name, int cflag), (g, name, cflag))
IC_GRAPHVIZ(Agnode_t *, agsubnode, (Agraph_t * g, Agnode_t *n, int createflag), (g, n, createflag))
