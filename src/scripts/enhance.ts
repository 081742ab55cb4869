/**
 * Everything a page enhances, as one module: one request after the first paint instead of one
 * per component (each small file cost more in response headers than in code). Each part finds
 * its own elements and does nothing on a page without them.
 */
import './search/boot';
import './share/share';
import './anchorReveal';
