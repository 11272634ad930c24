//! The signals a fingerprint is made of, one module each. Every signal is a
//! pure function of snapshot bytes, and every hash it emits has a spec string
//! that names its algorithm and size.

pub mod assets;
pub mod domhash;
pub mod favicon;
pub mod hash64;
pub mod headers;
pub mod ids;
pub mod imagehash_compat;
pub mod perceptual;
pub mod screenshot;
pub mod shodan;
pub mod simhash;
pub mod template;
pub mod text;
pub mod vocabulary;
