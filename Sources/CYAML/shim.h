#ifndef GLOSS_CYAML_SHIM_H
#define GLOSS_CYAML_SHIM_H
#include <yaml.h>
#endif
