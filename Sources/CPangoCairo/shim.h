#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#if defined(__GLIBC__)
#include <malloc.h>         // malloc_trim: the heap freed by a finished surface goes back to the system
#endif
