/*
 @licstart  The following is the entire license notice for the JavaScript code in this file.

 The MIT License (MIT)

 Copyright (C) 1997-2020 by Dimitri van Heesch

 Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 and associated documentation files (the "Software"), to deal in the Software without restriction,
 including without limitation the rights to use, copy, modify, merge, publish, distribute,
 sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:

 The above copyright notice and this permission notice shall be included in all copies or
 substantial portions of the Software.

 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
 BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

 @licend  The above is the entire license notice for the JavaScript code in this file
*/
var NAVTREE =
[
  [ "SDL", "index.html", [
    [ "Simple DirectMedia Layer", "index.html", null ],
    [ "Android", "de/d90/md__r_e_a_d_m_e_android.html", [
      [ "Requirements", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md1", null ],
      [ "How the port works", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md3", null ],
      [ "Building an app", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md5", null ],
      [ "Customizing your application name", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md6", null ],
      [ "Customizing your application icon", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md8", null ],
      [ "Loading assets", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md10", null ],
      [ "Pause / Resume behaviour", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md12", null ],
      [ "Threads and the Java VM", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md14", null ],
      [ "Using STL", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md16", null ],
      [ "Using the emulator", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md18", null ],
      [ "Troubleshooting", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md20", null ],
      [ "Memory debugging", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md21", null ],
      [ "Graphics debugging", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md22", null ],
      [ "Why is API level 16 the minimum required?", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md24", null ],
      [ "A note regarding the use of the \"dirty rectangles\" rendering technique", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md26", null ],
      [ "Ending your application", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md28", null ],
      [ "Known issues", "de/d90/md__r_e_a_d_m_e_android.html#autotoc_md30", null ]
    ] ],
    [ "CMake", "d8/daa/md__r_e_a_d_m_e_cmake.html", [
      [ "Usage", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md32", null ],
      [ "Usage, iOS/tvOS", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md34", null ]
    ] ],
    [ "DirectFB", "da/d64/md__r_e_a_d_m_e_directfb.html", [
      [ "your joystick work and avoid crashes:", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md36", null ],
      [ "no-linux-input-grab", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md37", null ],
      [ "Simple Window Manager", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md38", null ],
      [ "OpenGL Support", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md39", [
        [ "git checkout 2c9fdaf7292423c157fc79b5ce43f0f199dd753a", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md41", null ],
        [ "Edit configs/linux-directfb so that the Directories-section looks like", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md42", null ]
      ] ],
      [ "Directories", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md43", [
        [ "PROGRAM_DIRS =", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md44", null ],
        [ "sudo make install INSTALL_DIR=/usr/local/dfb_GL", "da/d64/md__r_e_a_d_m_e_directfb.html#autotoc_md45", null ]
      ] ]
    ] ],
    [ "Dynamic API", "dd/d3b/md__r_e_a_d_m_e_dynapi.html", null ],
    [ "Emscripten", "dc/d4f/md__r_e_a_d_m_e_emscripten.html", null ],
    [ "Dollar Gestures", "d6/dac/md__r_e_a_d_m_e_gesture.html", [
      [ "Recording:", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md46", null ],
      [ "Performing:", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md47", null ],
      [ "Saving:", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md48", null ],
      [ "Loading:", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md49", null ],
      [ "Multi Gestures", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md51", null ],
      [ "Notes", "d6/dac/md__r_e_a_d_m_e_gesture.html#autotoc_md53", null ]
    ] ],
    [ "Mercurial", "da/d40/md__r_e_a_d_m_e_hg.html", null ],
    [ "iOS", "d0/d33/md__r_e_a_d_m_e_ios.html", [
      [ "Building the Simple DirectMedia Layer for iOS 5.1+", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md55", null ],
      [ "Build SDL for iOS from the command line", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md57", null ],
      [ "Using the Simple DirectMedia Layer for iOS", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md59", null ],
      [ "Notes – Retina / High-DPI and window sizes", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md61", null ],
      [ "Notes – Application events", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md63", null ],
      [ "Notes – Accelerometer as Joystick", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md64", null ],
      [ "Notes – OpenGL ES", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md66", null ],
      [ "Notes – Keyboard", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md68", null ],
      [ "Notes – Reading and Writing files", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md70", null ],
      [ "Notes – iPhone SDL limitations", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md72", null ],
      [ "Notes – CoreBluetooth.framework", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md74", null ],
      [ "Game Center", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md76", null ],
      [ "Deploying to older versions of iOS", "d0/d33/md__r_e_a_d_m_e_ios.html#autotoc_md77", null ]
    ] ],
    [ "Linux", "de/d26/md__r_e_a_d_m_e_linux.html", [
      [ "Build Dependencies", "de/d26/md__r_e_a_d_m_e_linux.html#autotoc_md79", null ],
      [ "Joystick does not work", "de/d26/md__r_e_a_d_m_e_linux.html#autotoc_md81", null ]
    ] ],
    [ "Mac OS X", "d8/dd0/md__r_e_a_d_m_e_macosx.html", [
      [ "Command Line Build", "d8/dd0/md__r_e_a_d_m_e_macosx.html#autotoc_md82", null ],
      [ "Caveats for using SDL with Mac OS X", "d8/dd0/md__r_e_a_d_m_e_macosx.html#autotoc_md84", null ],
      [ "Using the Simple DirectMedia Layer with a traditional Makefile", "d8/dd0/md__r_e_a_d_m_e_macosx.html#autotoc_md85", null ],
      [ "Using the Simple DirectMedia Layer with Xcode", "d8/dd0/md__r_e_a_d_m_e_macosx.html#autotoc_md87", null ]
    ] ],
    [ "Native Client", "d8/d41/md__r_e_a_d_m_e_nacl.html", [
      [ "Building SDL for NaCl", "d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md89", null ],
      [ "Running tests", "d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md91", null ],
      [ "RWops and nacl_io", "d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md93", null ],
      [ "TODO - Known Issues", "d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md94", null ]
    ] ],
    [ "Simple DirectMedia Layer 2 for OS/2 & eComStation", "db/daa/md__r_e_a_d_m_e_os2.html", [
      [ "Compiling:", "db/daa/md__r_e_a_d_m_e_os2.html#autotoc_md95", null ],
      [ "Installing:", "db/daa/md__r_e_a_d_m_e_os2.html#autotoc_md96", null ]
    ] ],
    [ "Pandora", "d5/d29/md__r_e_a_d_m_e_pandora.html", null ],
    [ "Platforms", "da/dd3/md__r_e_a_d_m_e_platforms.html", null ],
    [ "Porting", "d3/dbe/md__r_e_a_d_m_e_porting.html", null ],
    [ "PSP", "db/dbb/md__r_e_a_d_m_e_psp.html", [
      [ "Building", "db/dbb/md__r_e_a_d_m_e_psp.html#autotoc_md97", null ],
      [ "To Do", "db/dbb/md__r_e_a_d_m_e_psp.html#autotoc_md98", null ]
    ] ],
    [ "Raspberry Pi", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html", [
      [ "Features", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md100", null ],
      [ "Raspbian Build Dependencies", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md102", null ],
      [ "NEON", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md104", null ],
      [ "Cross compiling from x86 Linux", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md106", null ],
      [ "Apps don't work or poor video/audio performance", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md107", null ],
      [ "No input", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md109", null ],
      [ "No HDMI Audio", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md110", null ],
      [ "Text Input API support", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md112", null ],
      [ "OpenGL problems", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md113", null ],
      [ "Notes", "d5/d1a/md__r_e_a_d_m_e_raspberrypi.html#autotoc_md114", null ]
    ] ],
    [ "Touch", "d6/da6/md__r_e_a_d_m_e_touch.html", [
      [ "System Specific Notes", "d6/da6/md__r_e_a_d_m_e_touch.html#autotoc_md115", null ],
      [ "Events", "d6/da6/md__r_e_a_d_m_e_touch.html#autotoc_md117", null ],
      [ "Functions", "d6/da6/md__r_e_a_d_m_e_touch.html#autotoc_md119", null ],
      [ "Notes", "d6/da6/md__r_e_a_d_m_e_touch.html#autotoc_md121", null ]
    ] ],
    [ "WinCE", "dc/de0/md__r_e_a_d_m_e_wince.html", null ],
    [ "Windows", "d8/db6/md__r_e_a_d_m_e_windows.html", [
      [ "OpenGL ES 2.x support", "d8/db6/md__r_e_a_d_m_e_windows.html#autotoc_md123", null ],
      [ "Vulkan Surface Support", "d8/db6/md__r_e_a_d_m_e_windows.html#autotoc_md124", null ]
    ] ],
    [ "WinRT", "d0/d8d/md__r_e_a_d_m_e_winrt.html", [
      [ "Requirements", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md125", null ],
      [ "Status", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md126", null ],
      [ "Upgrade Notes", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md127", null ],
      [ "Setup, High-Level Steps", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md129", null ],
      [ "Setup, Detailed Steps", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md130", [
        [ "1. Create a new project", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md131", null ],
        [ "2. Remove unneeded files from the project", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md132", null ],
        [ "3. Add references to SDL's project files", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md133", null ],
        [ "4. Adjust Your App's Build Settings", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md134", null ],
        [ "5. Add a WinRT-appropriate main function, and a blank-cursor image, to the app.", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md135", null ],
        [ "6. Add app code and assets", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md136", [
          [ "Examples (for iOS/tvOS):", "d8/daa/md__r_e_a_d_m_e_cmake.html#autotoc_md35", null ],
          [ "SDL_GetPrefPath() usage when upgrading WinRT apps from SDL 2.0.3", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md128", null ],
          [ "6.A. ... when creating a new app", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md137", null ],
          [ "6.B. Adding code and assets", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md138", null ]
        ] ],
        [ "7. Build and run your app", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md139", [
          [ "7.A. Running apps on older, ARM-based, \"Windows RT\" devices", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md140", null ]
        ] ]
      ] ],
      [ "Troubleshooting", "d0/d8d/md__r_e_a_d_m_e_winrt.html#autotoc_md141", null ]
    ] ],
    [ "Deprecated List", "da/d58/deprecated.html", null ],
    [ "Data Structures", "annotated.html", [
      [ "Data Structures", "annotated.html", "annotated_dup" ],
      [ "Data Structure Index", "classes.html", null ],
      [ "Data Fields", "functions.html", [
        [ "All", "functions.html", "functions_dup" ],
        [ "Variables", "functions_vars.html", "functions_vars" ]
      ] ]
    ] ],
    [ "Files", "files.html", [
      [ "File List", "files.html", "files_dup" ],
      [ "Globals", "globals.html", [
        [ "All", "globals.html", "globals_dup" ],
        [ "Functions", "globals_func.html", "globals_func" ],
        [ "Typedefs", "globals_type.html", null ],
        [ "Enumerations", "globals_enum.html", null ],
        [ "Enumerator", "globals_eval.html", "globals_eval" ],
        [ "Macros", "globals_defs.html", "globals_defs" ]
      ] ]
    ] ]
  ] ]
];

var NAVTREEINDEX =
[
"annotated.html",
"d0/d47/_s_d_l__gamecontroller_8h.html#aff63e7281b46e5275134938c52f5d6faa924aaca26baf8152bb7762076f60bf96",
"d1/d8f/_s_d_l__config_8h.html#ad1747f7e6af3ad2381edbd45e3372d34",
"d3/d78/_s_d_l__audio_8h.html#a249f57bedd15a796bd6f6abe4a766ad0",
"d3/dfc/_s_d_l__config__android_8h.html#a61909f2610e1cfb79b200baa2d6c6ce7",
"d5/d62/_s_d_l__mouse_8h.html#ac65151e54bea0e005902790c68e738f3a8e744c7abe1563a5fb219d32f413af1a",
"d5/df2/_s_d_l__keycode_8h.html#a179ce01fa41d35408f06b4b3d1cd9d3da71c2167778f64021a42c3e7e8748d641",
"d6/d30/_s_d_l__render_8h.html#ad65c34ab2e82404079e1ab2d36a03b67",
"d8/d41/md__r_e_a_d_m_e_nacl.html#autotoc_md94",
"d8/ded/_s_d_l__thread_8h.html#a9435418c45e4f4bae56e774568016b87",
"d9/d42/_s_d_l__events_8h.html#a3b589e89be6b35c02e0dd34a55f3fcca",
"da/dc2/_s_d_l__touch_8h.html#a64f52ede86e82af966b6695bfa9e7778",
"db/d74/_s_d_l__config__winrt_8h.html#af827060cbc139f790460a5ae252b4f4b",
"dc/d3c/_s_d_l__haptic_8h.html#a82573caa03429e53a64520fc82d58b17",
"dc/d7e/_s_d_l__test__fuzzer_8h.html#ab503ec55dfd34e9c491f83bfff374bdb",
"dd/dd3/_s_d_l__hints_8h.html#a207169494144e4c339c41d5401c945fd",
"de/df3/_s_d_l__syswm_8h.html#a064c26598287280fff2a00d6758ac4f7a742b98a86d65f462c8e71761f0d94cc8",
"df/d4a/_s_d_l__scancode_8h.html#a82ab7cff701034fb40a47b5b3a02777bad1080eb409e48828a945f4c08f9770f7"
];

var SYNCONMSG = 'click to disable panel synchronisation';
var SYNCOFFMSG = 'click to enable panel synchronisation';