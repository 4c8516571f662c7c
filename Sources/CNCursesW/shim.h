#ifndef CHATTUI_CNCURSESW_SHIM_H
#define CHATTUI_CNCURSESW_SHIM_H

// Wide-character curses needs these before the header; Swift cannot define them.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <sys/ioctl.h>

// The columns curses gives a wide character; glibc declares `wcwidth` only for X/Open
// builds, which the Glibc module is not.
extern int wcwidth(wchar_t character);
static inline int chattui_wcwidth(wchar_t character) { return wcwidth(character); }

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

static inline mmask_t chattui_wheel_mask(void) { return BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int chattui_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int chattui_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

// `get_wch` writes a wint_t, whose Swift type differs per platform; widened here.
static inline int chattui_get_wch(unsigned int *out) {
    wint_t value = 0;
    int result = get_wch(&value);
    *out = (unsigned int)value;
    return result;
}

// Draws one cell's text with its attributes and colour pair (`attr_set` is a macro).
static inline void chattui_put(int y, int x, const wchar_t *text, int length, attr_t attributes, short pair) {
    attr_set(attributes, pair, NULL);
    mvaddnwstr(y, x, text, length);
}

// The terminal's size as the kernel knows it after SIGWINCH; `ioctl` is variadic, so
// Swift cannot call it. Returns -1 when the descriptor is not a terminal.
static inline int chattui_window_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

// A terminfo string capability, or NULL when the terminal lacks it (`tigetstr` answers
// (char *)-1 for a name that is not a string capability, which Swift cannot test).
static inline const char *chattui_string_capability(const char *name) {
    const char *value = tigetstr(name);
    return (value == NULL || value == (const char *)-1) ? NULL : value;
}

// Whether the terminal `name` (NULL: $TERM) can move the cursor (`cup`): 1 yes, 0 no,
// -1 when terminfo does not know it. Reads terminfo without writing to the terminal and
// frees what it loaded, so it can run before `newterm`.
static inline int chattui_can_address_cursor(const char *name) {
    int problem = 0;
    if (setupterm(name, 1, &problem) != OK) return -1;
    const char *cup = tigetstr("cup");
    int can = cup != NULL && cup != (const char *)-1;
    del_curterm(cur_term);
    return can;
}

#endif
