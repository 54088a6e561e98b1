fn main() {
    console_error_panic_hook::set_once();
    peta_mpp::mount::start();
}
