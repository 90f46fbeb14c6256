#ifndef GLOSS_CZLIB_SHIM_H
#define GLOSS_CZLIB_SHIM_H
#include <zlib.h>
#endif
