#ifndef CHATTUI_CNCURSESW_SHIM_H
#define CHATTUI_CNCURSESW_SHIM_H

// Wide-character curses needs these before the header; Swift cannot define them.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot import, as inline functions.
static inline WINDOW *chattui_stdscr(void) { return stdscr; }
static inline int chattui_lines(void) { return LINES; }
static inline int chattui_cols(void) { return COLS; }
static inline int chattui_key_resize(void) { return KEY_RESIZE; }
static inline int chattui_key_f(int n) { return KEY_F(n); }
static inline int chattui_color_pair(int n) { return COLOR_PAIR(n); }
static inline attr_t chattui_a_bold(void) { return A_BOLD; }
static inline attr_t chattui_a_reverse(void) { return A_REVERSE; }
static inline attr_t chattui_a_underline(void) { return A_UNDERLINE; }
static inline attr_t chattui_a_dim(void) { return A_DIM; }

#endif
