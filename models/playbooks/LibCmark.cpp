// cmark-gfm and its GFM extensions, loaded when the first Markdown is read
// or rendered (core/LazyLibrary.h): a playbook import, a policy, a mail body.
#include "models/core/LazyLibrary.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

namespace {
// The extensions' library depends on cmark-gfm's, so its handle finds both.
const ic::Lazy::Library LibCmark{"libcmark-gfm-extensions.so.0.29.0.gfm.6",
                                 "libcmark-gfm-extensions0.29.0.gfm.6", "read Markdown"};
} // namespace

#define IC_CMARK(Return, Name, Parameters, Arguments)                                              \
    IC_LAZY_FUNCTION(LibCmark, Return, Name, Parameters, Arguments)

IC_CMARK(cmark_syntax_extension *, cmark_find_syntax_extension, (const char *name), (name))
IC_CMARK(void, cmark_iter_free, (cmark_iter * iter), (iter))
IC_CMARK(cmark_node *, cmark_iter_get_node, (cmark_iter * iter), (iter))
IC_CMARK(cmark_iter *, cmark_iter_new, (cmark_node * root), (root))
IC_CMARK(cmark_event_type, cmark_iter_next, (cmark_iter * iter), (iter))
IC_CMARK(void, cmark_iter_reset, (cmark_iter * iter, cmark_node *current, cmark_event_type type),
         (iter, current, type))
IC_CMARK(cmark_node *, cmark_node_first_child, (cmark_node * node), (node))
IC_CMARK(void, cmark_node_free, (cmark_node * node), (node))
IC_CMARK(int, cmark_node_get_end_line, (cmark_node * node), (node))
IC_CMARK(const char *, cmark_node_get_fence_info, (cmark_node * node), (node))
IC_CMARK(int, cmark_node_get_fenced, (cmark_node * node, int *length, int *offset, char *character),
         (node, length, offset, character))
IC_CMARK(int, cmark_node_get_heading_level, (cmark_node * node), (node))
IC_CMARK(cmark_list_type, cmark_node_get_list_type, (cmark_node * node), (node))
IC_CMARK(const char *, cmark_node_get_literal, (cmark_node * node), (node))
IC_CMARK(int, cmark_node_get_start_line, (cmark_node * node), (node))
IC_CMARK(cmark_node_type, cmark_node_get_type, (cmark_node * node), (node))
IC_CMARK(const char *, cmark_node_get_type_string, (cmark_node * node), (node))
IC_CMARK(const char *, cmark_node_get_url, (cmark_node * node), (node))
IC_CMARK(int, cmark_node_insert_after, (cmark_node * node, cmark_node *sibling), (node, sibling))
IC_CMARK(cmark_node *, cmark_node_new, (cmark_node_type type), (type))
IC_CMARK(cmark_node *, cmark_node_next, (cmark_node * node), (node))
IC_CMARK(cmark_node *, cmark_node_parent, (cmark_node * node), (node))
IC_CMARK(int, cmark_node_set_literal, (cmark_node * node, const char *content), (node, content))
IC_CMARK(cmark_node *, cmark_parse_document, (const char *buffer, size_t len, int options),
         (buffer, len, options))
IC_CMARK(int, cmark_parser_attach_syntax_extension,
         (cmark_parser * parser, cmark_syntax_extension *extension), (parser, extension))
IC_CMARK(void, cmark_parser_feed, (cmark_parser * parser, const char *buffer, size_t len),
         (parser, buffer, len))
IC_CMARK(cmark_node *, cmark_parser_finish, (cmark_parser * parser), (parser))
IC_CMARK(void, cmark_parser_free, (cmark_parser * parser), (parser))
IC_CMARK(cmark_llist *, cmark_parser_get_syntax_extensions, (cmark_parser * parser), (parser))
IC_CMARK(cmark_parser *, cmark_parser_new, (int options), (options))
IC_CMARK(char *, cmark_render_html, (cmark_node * root, int options, cmark_llist *extensions),
         (root, options, extensions))
IC_CMARK(char *, cmark_render_plaintext, (cmark_node * root, int options, int width),
         (root, options, width))
IC_CMARK(void, cmark_gfm_core_extensions_ensure_registered, (void), ())
IC_CMARK(bool, cmark_gfm_extensions_get_tasklist_item_checked, (cmark_node * node), (node))
